package org.haven.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.haven.platform.crypto.Sha256;

/**
 * One link of the chain. Its hash covers the previous hash and every field, so a record cannot be
 * altered, dropped or moved without the verifier noticing.
 */
public record AuditRecord(
    long seq, OffsetDateTime at, String actor, String action, String object, String prevHash) {

  public static final String GENESIS = "0".repeat(64);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_:/.@-]{1,200}");

  public AuditRecord {
    requireId(actor, "actor");
    requireId(object, "object");
    requireId(action, "action");
  }

  /** Actors and objects are ids such as {@code account/<uuid>}: never free text, never content. */
  private static void requireId(String value, String what) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException("An audit " + what + " is an id, not free text");
    }
  }

  public String hash() {
    String canonical =
        String.join(
            "\n",
            prevHash,
            Long.toString(seq),
            Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at.toInstant())),
            actor,
            action,
            object);
    return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
  }
}
