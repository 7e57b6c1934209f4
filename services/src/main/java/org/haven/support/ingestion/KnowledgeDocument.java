package org.haven.support.ingestion;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An operator's document as the admin API shows it: PENDING while its job cuts and embeds it
 * ({@code charactersRead} of its text so far), then READY or FAILED with the reason.
 */
public record KnowledgeDocument(
    UUID id,
    String name,
    String mediaType,
    String domain,
    String status,
    long sizeBytes,
    long charactersRead,
    int passages,
    String failure,
    UUID jobId,
    OffsetDateTime createdAt,
    OffsetDateTime readyAt) {}
