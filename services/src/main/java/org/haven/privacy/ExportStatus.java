package org.haven.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Where an export stands: PENDING while its job runs, READY to download until it expires. */
public record ExportStatus(
    UUID id,
    String state,
    Integer entries,
    OffsetDateTime createdAt,
    OffsetDateTime readyAt,
    OffsetDateTime expiresAt) {

  public boolean ready() {
    return "READY".equals(state);
  }
}
