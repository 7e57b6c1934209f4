package org.haven.job;

import java.util.UUID;

/**
 * A job a worker holds under a lease: {@code leaseOwner} is unique to this claim, so a worker whose
 * lease ran out and was taken over can no longer write the job.
 */
public record ClaimedJob(
    UUID id,
    String kind,
    Priority priority,
    String payload,
    int attempt,
    int maxAttempts,
    String leaseOwner,
    Progress progress) {}
