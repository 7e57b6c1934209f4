package org.haven.models;

import java.time.OffsetDateTime;

/** A registered version as the admin API shows it: everything but the artifact's bytes. */
public record ModelView(
    String name,
    String version,
    String task,
    String format,
    String sha256,
    ModelState state,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime activatedAt,
    String metadata,
    String modelCard) {}
