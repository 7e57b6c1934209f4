package org.haven.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes each cache's statistics as application gauges tagged with the cache name, e.g. {@code
 * haven_cache_hits{cache="analysis"}}.
 */
@ApplicationScoped
public class CacheMetrics {

  private static final Map<String, ToLongFunction<CacheStatistics>> GAUGES =
      Map.of(
          "haven.cache.hits", CacheStatistics::hits,
          "haven.cache.misses", CacheStatistics::misses,
          "haven.cache.evictions", CacheStatistics::evictions,
          "haven.cache.entries", CacheStatistics::entries);

  @Inject MetricRegistry registry;

  private final List<MetricID> registered = new CopyOnWriteArrayList<>();

  void register(CacheName cache, Supplier<CacheStatistics> statistics) {
    Tag tag = new Tag("cache", cache.cacheName());
    GAUGES.forEach(
        (name, reading) -> {
          registry.gauge(name, statistics, s -> reading.applyAsLong(s.get()), tag);
          registered.add(new MetricID(name, tag));
        });
  }

  /** Removes the gauges, so a redeployed application does not read a stopped cache. */
  void unregisterAll() {
    registered.forEach(registry::remove);
    registered.clear();
  }
}
