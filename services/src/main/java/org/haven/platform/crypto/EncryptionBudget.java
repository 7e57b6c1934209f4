package org.haven.platform.crypto;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts encryptions per key. With random 96-bit IVs, NIST SP 800-38D allows at most 2^32
 * encryptions under one key; the keyring asks the budget before each one and rotates well before.
 */
public interface EncryptionBudget {

  /** Records one encryption under the key and answers how many it has had, this one included. */
  long spend(String keyId);

  /** How many encryptions the key has had, as far as this server knows. */
  long spent(String keyId);

  /** A budget kept in this process only: for tools, tests and benchmarks. */
  static EncryptionBudget inMemory() {
    var counts = new ConcurrentHashMap<String, AtomicLong>();
    return new EncryptionBudget() {
      @Override
      public long spend(String keyId) {
        return counts.computeIfAbsent(keyId, k -> new AtomicLong()).incrementAndGet();
      }

      @Override
      public long spent(String keyId) {
        AtomicLong count = counts.get(keyId);
        return count == null ? 0 : count.get();
      }
    };
  }
}
