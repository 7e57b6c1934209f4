package org.haven.crisis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.haven.crisis.Assessment;
import org.haven.crisis.RiskLevel;
import org.haven.platform.cache.CacheConfig;
import org.haven.platform.cache.CacheLimits;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.EmbeddedCaches;
import org.haven.platform.cache.SealedCache;
import org.haven.platform.crypto.KeySet;
import org.haven.platform.crypto.Keyring;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.Test;

/** The analysis cache must hand back exactly the assessment that went in: evidence included. */
class CachedAssessmentTest {

  @Test
  void an_assessment_survives_the_sealed_cache_unchanged() throws Exception {
    Assessment original =
        RuleFloor.fromClassPath()
            .assess("I have the pills ready and I want to die tonight. My sister helps me though.");
    assertThat(original.level()).isEqualTo(RiskLevel.CRITICAL);
    DefaultCacheManager manager =
        EmbeddedCaches.start(CacheConfig.local(new CacheLimits(10, Duration.ofMinutes(1))));
    try (Jsonb jsonb = JsonbBuilder.create()) {
      SealedCache<Assessment> cache =
          new SealedCache<>(
              manager.getCache(CacheName.ANALYSIS.cacheName()),
              Keyring.of(KeySet.generate(new SecureRandom(), Clock.systemUTC())),
              jsonb,
              Assessment.class);

      cache.put("k", original);

      assertThat(cache.get("k")).contains(original);
    } finally {
      manager.stop();
    }
  }
}
