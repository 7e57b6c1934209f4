package org.haven.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.infinispan.Bucket4jInfinispan;
import java.time.Duration;
import org.infinispan.Cache;
import org.infinispan.functional.impl.FunctionalMapImpl;
import org.infinispan.functional.impl.ReadWriteMapImpl;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitsCacheTest {

  private DefaultCacheManager manager;

  @BeforeEach
  void start() {
    manager = EmbeddedCaches.start(CacheConfig.local(new CacheLimits(100, Duration.ofHours(1))));
  }

  @AfterEach
  void stop() {
    manager.stop();
  }

  @Test
  void bucket4j_keeps_its_buckets_in_the_rate_limits_cache() {
    Cache<String, byte[]> cache = manager.getCache(CacheName.RATE_LIMITS.cacheName());
    Bucket bucket = buckets(cache).builder().build("account-1", RateLimitsCacheTest::threePerHour);

    assertThat(bucket.tryConsume(3)).isTrue();
    assertThat(bucket.tryConsume(1)).isFalse();
    assertThat(cache.containsKey("account-1")).isTrue();
  }

  static ProxyManager<String> buckets(Cache<String, byte[]> cache) {
    return Bucket4jInfinispan.entryProcessorBasedBuilder(
            ReadWriteMapImpl.create(FunctionalMapImpl.create(cache.getAdvancedCache())))
        .build();
  }

  static BucketConfiguration threePerHour() {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofHours(1)))
        .build();
  }
}
