package org.haven.platform.cache;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything needed to start the cache manager, as one value: {@link CacheSettings} builds it from
 * MicroProfile Config, tests and benchmarks build it by hand.
 *
 * @param cluster present exactly when the mode is {@link Mode#REPLICATED}
 */
public record CacheConfig(
    Mode mode, Optional<ClusterConfig> cluster, Map<CacheName, CacheLimits> limits) {

  /** Whether caches live on this server only or are copied to every member of the cluster. */
  public enum Mode {
    LOCAL,
    REPLICATED;

    static Mode parse(String text) {
      return Arrays.stream(values())
          .filter(m -> m.name().equalsIgnoreCase(text.strip()))
          .findFirst()
          .orElseThrow(
              () -> new IllegalArgumentException("haven.cache.mode is local or replicated"));
    }
  }

  public CacheConfig {
    if ((mode == Mode.REPLICATED) != cluster.isPresent()) {
      throw new IllegalArgumentException("A replicated cache needs cluster settings, a local none");
    }
    limits = Map.copyOf(limits);
    if (limits.size() != CacheName.values().length) {
      throw new IllegalArgumentException("Every cache needs limits: " + limits.keySet());
    }
  }

  /** Caches on this server only, each with the same limits. */
  public static CacheConfig local(CacheLimits each) {
    return new CacheConfig(Mode.LOCAL, Optional.empty(), same(each));
  }

  /** Caches replicated across a cluster, each with the same limits. */
  public static CacheConfig replicated(ClusterConfig cluster, CacheLimits each) {
    return new CacheConfig(Mode.REPLICATED, Optional.of(cluster), same(each));
  }

  CacheLimits limits(CacheName name) {
    return limits.get(name);
  }

  private static Map<CacheName, CacheLimits> same(CacheLimits each) {
    return Arrays.stream(CacheName.values())
        .collect(Collectors.toMap(Function.identity(), name -> each));
  }
}
