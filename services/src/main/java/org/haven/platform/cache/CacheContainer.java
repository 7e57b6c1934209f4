package org.haven.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The one owner of this server's cache manager: starts it with the configured caches when first
 * used, publishes their statistics, and stops it when the application stops.
 */
@ApplicationScoped
public class CacheContainer {

  private static final Logger LOG = Logger.getLogger(CacheContainer.class.getName());

  @Inject CacheSettings settings;

  @Inject CacheMetrics metrics;

  private DefaultCacheManager manager;

  @PostConstruct
  void start() {
    CacheConfig config = settings.config();
    manager = EmbeddedCaches.start(config);
    for (CacheName name : CacheName.values()) {
      Cache<String, byte[]> cache = cache(name);
      metrics.register(name, () -> CacheStatistics.of(cache));
    }
    LOG.info(() -> "Caches started, mode " + config.mode());
  }

  @PreDestroy
  void stop() {
    metrics.unregisterAll();
    manager.stop();
  }

  /**
   * One named cache, values {@code byte[]} only. The rate-limits cache is handed to Bucket4j's
   * {@code InfinispanProxyManager} as it is; every other cache is read through {@link SealedCache}.
   */
  public Cache<String, byte[]> cache(CacheName name) {
    return manager.getCache(name.cacheName());
  }

  public CacheStatistics statistics(CacheName name) {
    return CacheStatistics.of(cache(name));
  }
}
