package org.haven.platform.cache;

import java.time.Duration;

/** How many entries one cache keeps on the heap and how long an entry lives after its write. */
public record CacheLimits(long maxEntries, Duration ttl) {

  public CacheLimits {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("A cache keeps at least one entry");
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("A cache entry lives for a positive time");
    }
  }
}
