package org.haven.status.control;

import java.time.Duration;

/** A snapshot of how Haven is doing, taken when asked. */
public record StatusReport(
    boolean databaseUp,
    Duration databaseLatency,
    String schemaVersion,
    int migrationsApplied,
    int migrationsPending,
    String version,
    Duration uptime,
    long accounts,
    long entries) {}
