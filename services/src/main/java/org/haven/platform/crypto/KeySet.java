package org.haven.platform.crypto;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys one server holds, by key id, and the primary that seals new data. Older keys stay
 * so that data sealed under them remains readable until the re-encryption job has moved it.
 */
public record KeySet(String primaryId, Map<String, SecretKey> keys) {

  static final int KEY_BYTES = 32;
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  public KeySet {
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    if (!keys.containsKey(primaryId)) {
      throw new IllegalArgumentException("The primary key " + primaryId + " is not in the key set");
    }
    keys.forEach(
        (id, key) -> {
          if (key.getEncoded().length != KEY_BYTES) {
            throw new IllegalArgumentException("Key " + id + " is not a 256-bit AES key");
          }
        });
  }

  public static SecretKey aesKey(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }

  /** A fresh key set of one generated key. */
  public static KeySet generate(SecureRandom random, Clock clock) {
    return new KeySet("none", Map.of("none", newKey(random))).withNewPrimary(random, clock);
  }

  /** This set plus a newly generated key, which becomes the primary. */
  public KeySet withNewPrimary(SecureRandom random, Clock clock) {
    byte[] suffix = new byte[3];
    random.nextBytes(suffix);
    String id = "k" + ID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    Map<String, SecretKey> next = new LinkedHashMap<>(keys);
    next.remove("none");
    next.put(id, newKey(random));
    return new KeySet(id, next);
  }

  Optional<SecretKey> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  SecretKey primary() {
    return keys.get(primaryId);
  }

  private static SecretKey newKey(SecureRandom random) {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return aesKey(bytes);
  }

  @Override
  public String toString() {
    return "KeySet[primary=" + primaryId + ", ids=" + keys.keySet() + "]";
  }
}
