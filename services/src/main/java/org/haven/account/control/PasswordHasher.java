package org.haven.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Salted PBKDF2-HMAC-SHA256 hashes in the form {@code PBKDF2WithHmacSHA256:iterations:salt:hash},
 * the form Jakarta Security's {@code Pbkdf2PasswordHash} verifies, so clinicians' hashes made here
 * are checked by the server's identity store as they are.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 256;
  private static final Base64.Encoder B64 = Base64.getEncoder();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();
  private volatile String decoy;

  @Inject
  @ConfigProperty(name = "haven.security.password.iterations")
  int iterations;

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    return String.join(
        ":",
        ALGORITHM,
        Integer.toString(iterations),
        B64.encodeToString(salt),
        B64.encodeToString(key));
  }

  /**
   * A hash no password matches, checked against when the username is unknown so that a refused
   * sign-in takes as long as a wrong password and does not reveal which usernames exist.
   */
  public String decoy() {
    if (decoy == null) {
      decoy = hash(java.util.UUID.randomUUID().toString());
    }
    return decoy;
  }

  /** Compares in constant time; a malformed stored hash never matches. */
  public boolean matches(String password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    byte[] salt = B64D.decode(parts[2]);
    byte[] expected = B64D.decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
