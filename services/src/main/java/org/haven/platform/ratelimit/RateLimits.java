package org.haven.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.infinispan.Bucket4jInfinispan;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.haven.platform.cache.CacheContainer;
import org.haven.platform.cache.CacheName;
import org.haven.platform.crypto.Keyring;
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

  @Inject Keyring keyring;

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

  /**
   * Takes one token for {@code key} from its bucket of this class, or throws. Buckets are named by
   * a keyed fingerprint, so the cache holds no usernames or addresses; a key rotation starts every
   * bucket afresh.
   */
  public void spend(RateClass rateClass, String key) {
    if (!enabled) {
      return;
    }
    ConsumptionProbe probe =
        buckets
            .builder()
            .build(rateClass.bucketKey(keyring.fingerprint(key)), () -> limits.get(rateClass))
            .tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw new RateLimitExceededException(
          rateClass, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /** Drops every bucket held for {@code key} (an account id or username being deleted). */
  public void forget(String key) {
    String fingerprint = keyring.fingerprint(key);
    for (RateClass rateClass : RateClass.values()) {
      caches.cache(CacheName.RATE_LIMITS).remove(rateClass.bucketKey(fingerprint));
    }
  }
}
