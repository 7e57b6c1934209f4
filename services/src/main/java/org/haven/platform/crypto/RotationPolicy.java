package org.haven.platform.crypto;

/**
 * When a key has sealed enough: at {@code rotateAt} encryptions a new primary is made, at {@code
 * refuseAt} the key seals nothing more. Both stay far below GCM's 2^32 limit for random IVs.
 */
public record RotationPolicy(long rotateAt, long refuseAt) {

  static final long GCM_RANDOM_IV_LIMIT = 1L << 32;

  public RotationPolicy {
    if (rotateAt <= 0 || rotateAt >= refuseAt || refuseAt >= GCM_RANDOM_IV_LIMIT) {
      throw new IllegalArgumentException(
          "Need 0 < rotate-at < refuse-at < 2^32, got " + rotateAt + " and " + refuseAt);
    }
  }

  /** One in four billion is the limit; these leave an order of magnitude of margin. */
  public static RotationPolicy standard() {
    return new RotationPolicy(1L << 28, 1L << 30);
  }
}
