package org.haven.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.infinispan.Bucket4jInfinispan;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.haven.platform.cache.CacheContainer;
import org.haven.platform.cache.CacheName;
import org.infinispan.functional.impl.FunctionalMapImpl;
import org.infinispan.functional.impl.ReadWriteMapImpl;

/**
 * Spends one token from a bucket or refuses with the time until the next one. Buckets live in the
 * rate-limits cache, replicated in a cluster, so a client cannot escape its limit by moving between
 * servers. Bucket4j does the arithmetic; Haven only names buckets and reads limits from config.
 */
@ApplicationScoped
public class RateLimits {

  @Inject CacheContainer caches;

  @Inject Config config;

  private ProxyManager<String> buckets;
  private final Map<RateClass, BucketConfiguration> limits = new EnumMap<>(RateClass.class);
  private boolean enabled;

  @PostConstruct
  void start() {
    enabled = config.getOptionalValue("haven.ratelimit.enabled", Boolean.class).orElse(true);
    for (RateClass rateClass : RateClass.values()) {
      Rate rate = Rate.parse(config.getValue(rateClass.configKey(), String.class));
      limits.put(
          rateClass,
          BucketConfiguration.builder()
              .addLimit(
                  limit ->
                      limit.capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.period()))
              .build());
    }
    var functional =
        FunctionalMapImpl.create(caches.cache(CacheName.RATE_LIMITS).getAdvancedCache());
    buckets =
        Bucket4jInfinispan.entryProcessorBasedBuilder(ReadWriteMapImpl.create(functional)).build();
  }

  /** Takes one token for {@code key} from its bucket of this class, or throws. */
  public void spend(RateClass rateClass, String key) {
    if (!enabled) {
      return;
    }
    ConsumptionProbe probe =
        buckets
            .builder()
            .build(rateClass.bucketKey(key), () -> limits.get(rateClass))
            .tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new RateLimitExceededException(
          rateClass, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /** Usernames are hashed before they name a bucket, so the cache holds no account names. */
  public static String hashed(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
