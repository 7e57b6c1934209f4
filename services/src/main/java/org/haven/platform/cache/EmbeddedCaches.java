package org.haven.platform.cache;

import io.github.bucket4j.grid.infinispan.serialization.Bucket4jProtobufContextInitializer;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.Configuration;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.cache.StorageType;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

/**
 * Starts an Infinispan cache manager with Haven's named caches. {@link CacheContainer} is the one
 * owner inside the server; tests and benchmarks call this directly, without a container.
 */
public final class EmbeddedCaches {

  private EmbeddedCaches() {}

  /** A started manager with every {@link CacheName} defined and started; the caller stops it. */
  public static DefaultCacheManager start(CacheConfig config) {
    DefaultCacheManager manager = new DefaultCacheManager(global(config).build(), false);
    for (CacheName name : CacheName.values()) {
      manager.defineConfiguration(name.cacheName(), cache(config, name));
    }
    try {
      manager.start();
      // Starting every cache now lets a replicated member join all of them before it serves.
      manager.startCaches(names());
      return manager;
    } catch (RuntimeException e) {
      manager.stop();
      throw e;
    }
  }

  private static GlobalConfigurationBuilder global(CacheConfig config) {
    GlobalConfigurationBuilder global =
        config.mode() == CacheConfig.Mode.REPLICATED
            ? GlobalConfigurationBuilder.defaultClusteredBuilder()
            : new GlobalConfigurationBuilder().nonClusteredDefault();
    global.jmx().disable();
    // ProtoStream schemas for Bucket4j's entry processor, which travels to the other members.
    global.serialization().addContextInitializer(new Bucket4jProtobufContextInitializer());
    global.metrics().gauges(false).histograms(false);
    config
        .cluster()
        .ifPresent(
            cluster -> {
              global.transport().clusterName(cluster.name()).stack(TcpStack.NAME);
              global
                  .transport()
                  .jgroups()
                  .addStack(TcpStack.NAME)
                  .channelConfigurator(TcpStack.of(cluster));
            });
    return global;
  }

  private static Configuration cache(CacheConfig config, CacheName name) {
    CacheLimits limits = config.limits(name);
    ConfigurationBuilder cache = new ConfigurationBuilder();
    cache
        .clustering()
        .cacheMode(
            config.mode() == CacheConfig.Mode.REPLICATED ? CacheMode.REPL_SYNC : CacheMode.LOCAL);
    cache.memory().storage(StorageType.HEAP).maxCount(limits.maxEntries());
    cache.expiration().lifespan(limits.ttl().toMillis());
    cache.statistics().enable();
    return cache.build();
  }

  private static String[] names() {
    CacheName[] all = CacheName.values();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].cacheName();
    }
    return names;
  }
}
