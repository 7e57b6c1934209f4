package org.haven.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The stored form of one ciphertext: {@code version | key id | subject | IV | ciphertext+tag}. The
 * header is in clear so any server can tell which key opens it and which stored object it belongs
 * to, and it is authenticated as GCM associated data, so neither can be changed unnoticed.
 */
record Envelope(String keyId, String subject, byte[] iv, byte[] ciphertext) {

  static final byte VERSION = 1;
  static final int IV_BYTES = 12;
  private static final int MAX_KEY_ID = 255;
  private static final int MAX_SUBJECT = 65_535;

  Envelope {
    if (keyId.isEmpty() || ascii(keyId).length > MAX_KEY_ID) {
      throw new IllegalArgumentException("A key id has 1 to 255 ASCII characters");
    }
    if (utf8(subject).length > MAX_SUBJECT) {
      throw new IllegalArgumentException("A subject has at most 65,535 bytes");
    }
  }

  /** The bytes GCM authenticates besides the plain text: everything before the IV. */
  byte[] header() {
    byte[] kid = ascii(keyId);
    byte[] subj = utf8(subject);
    return ByteBuffer.allocate(1 + 1 + kid.length + 2 + subj.length)
        .put(VERSION)
        .put((byte) kid.length)
        .put(kid)
        .putShort((short) subj.length)
        .put(subj)
        .array();
  }

  byte[] toBytes() {
    byte[] header = header();
    return ByteBuffer.allocate(header.length + iv.length + ciphertext.length)
        .put(header)
        .put(iv)
        .put(ciphertext)
        .array();
  }

  static Envelope parse(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.get() != VERSION) {
        throw new NotSealedException("Unknown envelope version");
      }
      String keyId = new String(take(in, Byte.toUnsignedInt(in.get())), StandardCharsets.US_ASCII);
      String subject =
          new String(take(in, Short.toUnsignedInt(in.getShort())), StandardCharsets.UTF_8);
      byte[] iv = take(in, IV_BYTES);
      return new Envelope(keyId, subject, iv, take(in, in.remaining()));
    } catch (RuntimeException e) {
      throw e instanceof NotSealedException n ? n : new NotSealedException("Malformed envelope");
    }
  }

  /** The key id alone, for jobs that only need to know whether a value is under the primary. */
  static String keyIdOf(byte[] bytes) {
    return parse(bytes).keyId();
  }

  private static byte[] take(ByteBuffer in, int length) {
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Envelope e && Arrays.equals(toBytes(), e.toBytes());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toBytes());
  }

  @Override
  public String toString() {
    return "Envelope[keyId=" + keyId + ", subject=" + subject + "]";
  }
}
