package org.haven.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens values with AES-256-GCM. Every envelope names its key and the stored object it
 * belongs to (the subject, authenticated as associated data), so a value copied onto another row
 * does not open there, and data sealed under an older key stays readable after rotation.
 */
public class Keyring {

  private static final int TAG_BITS = 128;
  private static final byte[] NOTHING = new byte[0];
  private static final String HMAC = "HmacSHA256";
  private static final byte[] FINGERPRINT_PURPOSE =
      "haven/fingerprint".getBytes(StandardCharsets.US_ASCII);

  // Looking a cipher up costs as much as using it on a few kilobytes; each thread keeps its own
  // (a Cipher is not thread-safe) and init() resets it for every operation.
  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("Every Java runtime has AES/GCM", e);
            }
          });

  private final EncryptionBudget budget;
  private final RotationPolicy policy;
  private final Consumer<String> rotationDue;
  private final Supplier<KeySet> reload;
  private final SecureRandom random = new SecureRandom();
  private volatile KeySet keys;
  private volatile DerivedKey fingerprintKey;

  /**
   * @param rotationDue told the key id each time its primary passes the policy's rotation point
   * @param reload asked once for the current keys when an envelope names a key this server lacks
   *     (another server of the cluster rotated)
   */
  public Keyring(
      KeySet keys,
      EncryptionBudget budget,
      RotationPolicy policy,
      Consumer<String> rotationDue,
      Supplier<KeySet> reload) {
    this.keys = Objects.requireNonNull(keys);
    this.budget = budget;
    this.policy = policy;
    this.rotationDue = rotationDue;
    this.reload = reload;
  }

  /** A keyring with a fixed key set and an in-process budget, for tools, tests and benchmarks. */
  public static Keyring of(KeySet keys) {
    return new Keyring(
        keys, EncryptionBudget.inMemory(), RotationPolicy.standard(), k -> {}, () -> keys);
  }

  public byte[] seal(String plain, String subject) {
    return seal(plain.getBytes(StandardCharsets.UTF_8), subject);
  }

  public byte[] seal(byte[] plain, String subject) {
    KeySet current = keys;
    String keyId = current.primaryId();
    long spent = budget.spend(keyId);
    if (spent >= policy.refuseAt()) {
      throw new KeyExhaustedException(keyId);
    }
    if (spent >= policy.rotateAt()) {
      rotationDue.accept(keyId);
    }
    byte[] iv = new byte[Envelope.IV_BYTES];
    random.nextBytes(iv);
    Envelope header = new Envelope(keyId, subject, iv, NOTHING);
    byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, current.primary(), header, plain);
    return new Envelope(keyId, subject, iv, ciphertext).toBytes();
  }

  /** Opens a value sealed for {@code subject}; a value sealed for anything else is refused. */
  public byte[] open(byte[] sealed, String subject) {
    Envelope envelope = Envelope.parse(sealed);
    if (!envelope.subject().equals(subject)) {
      throw new NotSealedException("The value was sealed for another object");
    }
    return open(envelope);
  }

  public String openText(byte[] sealed, String subject) {
    return new String(open(sealed, subject), StandardCharsets.UTF_8);
  }

  /** Opens a value whatever its subject, answering the subject it was sealed for. */
  public Opened open(byte[] sealed) {
    Envelope envelope = Envelope.parse(sealed);
    return new Opened(envelope.subject(), open(envelope));
  }

  /**
   * A keyed fingerprint of a value (HMAC-SHA256 under a key derived from the primary), for cache
   * keys that must not reveal what they stand for. Changes with the primary key.
   */
  public String fingerprint(String value) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(fingerprintKey());
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HMAC-SHA256", e);
    }
  }

  /** Derived once per primary key, not per call: every API request fingerprints its buckets. */
  private SecretKey fingerprintKey() throws GeneralSecurityException {
    KeySet current = keys;
    DerivedKey derived = fingerprintKey;
    if (derived == null || !derived.fromKeyId().equals(current.primaryId())) {
      Mac derive = Mac.getInstance(HMAC);
      derive.init(current.primary());
      derived =
          new DerivedKey(
              current.primaryId(), new SecretKeySpec(derive.doFinal(FINGERPRINT_PURPOSE), HMAC));
      fingerprintKey = derived;
    }
    return derived.key();
  }

  private record DerivedKey(String fromKeyId, SecretKey key) {}

  public String primaryKeyId() {
    return keys.primaryId();
  }

  public KeySet keys() {
    return keys;
  }

  /** Replaces the key set; seals after this use its primary, earlier envelopes still open. */
  public void install(KeySet next) {
    keys = Objects.requireNonNull(next);
  }

  public boolean sealedUnderPrimary(byte[] sealed) {
    return Envelope.keyIdOf(sealed).equals(keys.primaryId());
  }

  private byte[] open(Envelope envelope) {
    SecretKey key = keyFor(envelope.keyId());
    try {
      return gcm(Cipher.DECRYPT_MODE, key, envelope, envelope.ciphertext());
    } catch (NotSealedException e) {
      throw new NotSealedException("The value was altered or sealed for another object");
    }
  }

  private SecretKey keyFor(String keyId) {
    Optional<SecretKey> held = keys.key(keyId);
    if (held.isPresent()) {
      return held.get();
    }
    KeySet reloaded = reload.get();
    if (reloaded.key(reloaded.primaryId()).isPresent() && reloaded.keys().containsKey(keyId)) {
      keys = reloaded;
      return reloaded.key(keyId).orElseThrow();
    }
    throw new NotSealedException("No key " + keyId + " on this server");
  }

  private static byte[] gcm(int mode, SecretKey key, Envelope envelope, byte[] input) {
    try {
      Cipher cipher = GCM.get();
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, envelope.iv()));
      cipher.updateAAD(envelope.header());
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new NotSealedException("Authentication failed");
    }
  }

  /** What an envelope held: the subject it was sealed for and the plain bytes. */
  public record Opened(String subject, byte[] plain) {
    public String text() {
      return new String(plain, StandardCharsets.UTF_8);
    }
  }
}
