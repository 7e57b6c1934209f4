package org.haven.platform.cache;

import org.infinispan.Cache;
import org.infinispan.stats.Stats;

/** What one cache has done since it started: reads that hit and missed, evictions, entries now. */
public record CacheStatistics(long hits, long misses, long evictions, long entries) {

  public static CacheStatistics of(Cache<?, ?> cache) {
    Stats stats = cache.getAdvancedCache().getStats();
    return new CacheStatistics(
        stats.getHits(),
        stats.getMisses(),
        stats.getEvictions(),
        stats.getApproximateEntriesInMemory());
  }
}
