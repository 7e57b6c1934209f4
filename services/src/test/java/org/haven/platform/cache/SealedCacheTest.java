package org.haven.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.haven.platform.crypto.KeySet;
import org.haven.platform.crypto.Keyring;
import org.infinispan.Cache;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SealedCacheTest {

  /** A value with a word no cipher text would contain by chance. */
  public record Analysis(String summary, int score) {}

  private static final String SECRET = "marmalade-lighthouse-quietly";

  private DefaultCacheManager manager;
  private Jsonb jsonb;
  private Cache<String, byte[]> raw;
  private SealedCache<Analysis> cache;
  private Keyring keyring;

  @BeforeEach
  void start() {
    manager = EmbeddedCaches.start(CacheConfig.local(new CacheLimits(100, Duration.ofMinutes(1))));
    jsonb = JsonbBuilder.create();
    raw = manager.getCache(CacheName.ANALYSIS.cacheName());
    keyring = Keyring.of(KeySet.generate(new SecureRandom(), Clock.systemUTC()));
    cache = new SealedCache<>(raw, keyring, jsonb, Analysis.class);
  }

  @AfterEach
  void stop() throws Exception {
    jsonb.close();
    manager.stop();
  }

  @Test
  void a_stored_value_comes_back_equal() {
    cache.put("entry-1", new Analysis(SECRET, 7));

    assertThat(cache.get("entry-1")).contains(new Analysis(SECRET, 7));
    assertThat(cache.get("entry-2")).isEmpty();
  }

  @Test
  void the_stored_bytes_do_not_contain_the_plain_text() {
    cache.put("entry-1", new Analysis(SECRET, 7));

    assertThat(contains(raw.get("entry-1"), SECRET)).isFalse();
  }

  @Test
  void a_value_copied_under_another_key_does_not_open_and_is_dropped() {
    cache.put("entry-1", new Analysis(SECRET, 7));
    raw.put("entry-2", raw.get("entry-1"));

    assertThat(cache.get("entry-2")).isEmpty();
    assertThat(raw.containsKey("entry-2")).isFalse();
    assertThat(cache.get("entry-1")).isPresent();
  }

  @Test
  void an_altered_value_is_a_miss_and_is_dropped() {
    cache.put("entry-1", new Analysis(SECRET, 7));
    byte[] altered = raw.get("entry-1").clone();
    altered[altered.length - 1] ^= 1;
    raw.put("entry-1", altered);

    assertThat(cache.get("entry-1")).isEmpty();
    assertThat(raw.containsKey("entry-1")).isFalse();
  }

  @Test
  void an_authentic_value_of_another_shape_is_a_miss_and_is_dropped() {
    raw.put("entry-1", keyring.seal("[\"not an analysis\"]", "cache/analysis/entry-1"));

    assertThat(cache.get("entry-1")).isEmpty();
    assertThat(raw.containsKey("entry-1")).isFalse();
  }

  @Test
  void sixteen_threads_missing_at_once_compute_the_value_once() throws Exception {
    int threads = 16;
    AtomicInteger computations = new AtomicInteger();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Analysis>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return cache.computeIfAbsent(
                      "entry-1", () -> new Analysis(SECRET, computations.incrementAndGet()));
                }));
      }
      ready.await(5, TimeUnit.SECONDS);
      go.countDown();

      for (Future<Analysis> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(new Analysis(SECRET, 1));
      }
      assertThat(computations).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_failed_computation_reaches_the_caller_and_is_not_cached() {
    assertThatThrownBy(
            () ->
                cache.computeIfAbsent(
                    "entry-1",
                    () -> {
                      throw new IllegalStateException("model unavailable");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("model unavailable");

    assertThat(cache.get("entry-1")).isEmpty();
    assertThat(cache.computeIfAbsent("entry-1", () -> new Analysis(SECRET, 2)))
        .isEqualTo(new Analysis(SECRET, 2));
  }

  @Test
  void an_invalidated_value_is_gone() {
    cache.put("entry-1", new Analysis(SECRET, 7));

    cache.invalidate("entry-1");

    assertThat(cache.get("entry-1")).isEmpty();
  }

  @Test
  void values_under_a_prefix_are_gone_and_the_others_stay() {
    cache.put("person-1:a", new Analysis(SECRET, 1));
    cache.put("person-1:b", new Analysis(SECRET, 2));
    cache.put("person-2:a", new Analysis(SECRET, 3));

    cache.invalidatePrefix("person-1:");

    assertThat(cache.get("person-1:a")).isEmpty();
    assertThat(cache.get("person-1:b")).isEmpty();
    assertThat(cache.get("person-2:a")).isPresent();
  }

  @Test
  void statistics_count_hits_and_misses() {
    cache.put("entry-1", new Analysis(SECRET, 7));
    cache.get("entry-1");
    cache.get("entry-2");

    CacheStatistics statistics = CacheStatistics.of(raw);

    assertThat(statistics.hits()).isEqualTo(1);
    assertThat(statistics.misses()).isEqualTo(1);
    assertThat(statistics.entries()).isEqualTo(1);
  }

  static boolean contains(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1)
        .contains(new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }
}
