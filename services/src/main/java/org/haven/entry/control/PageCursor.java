package org.haven.entry.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.haven.shared.DomainRuleViolation;

/**
 * Where the next page of a newest-first listing starts: the last entry seen, by creation time and
 * id. Opaque to clients; stable while entries are added, unlike an offset.
 */
public record PageCursor(OffsetDateTime createdAt, UUID id) {

  private static final String SEPARATOR = "~";

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt.toInstant());
    String raw = micros + SEPARATOR + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static PageCursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split(SEPARATOR, 2);
      Instant at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
      return new PageCursor(at.atOffset(ZoneOffset.UTC), UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw new DomainRuleViolation("cursor", "cursor is not one this server handed out");
    }
  }
}
