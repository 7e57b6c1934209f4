package org.haven.job;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A job as operators see it: everything but its payload. */
public record JobView(
    UUID id,
    String kind,
    Priority priority,
    JobState state,
    int attempts,
    int maxAttempts,
    long progressDone,
    long progressTotal,
    boolean cancelRequested,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt) {}
