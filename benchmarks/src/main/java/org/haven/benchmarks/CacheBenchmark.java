package org.haven.benchmarks;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.haven.platform.cache.CacheConfig;
import org.haven.platform.cache.CacheLimits;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.EmbeddedCaches;
import org.haven.platform.cache.SealedCache;
import org.haven.platform.crypto.KeySet;
import org.haven.platform.crypto.Keyring;
import org.infinispan.Cache;
import org.infinispan.manager.DefaultCacheManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 2 KB cached value on a local Infinispan cache, single-threaded: the serialised bytes alone
 * ({@code plain*}), with JSON-B on the way in and out ({@code json*}), and through {@link
 * SealedCache} (JSON, AES-256-GCM sealing with the key as associated data). {@code sealed} against
 * {@code json} isolates the cost of encryption.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CacheBenchmark {

  /** A cached analysis, shaped like the real ones, about 2,048 bytes as JSON. */
  public record CachedAnalysis(
      String entryId, String level, double score, List<String> themes, String summary) {}

  private static final String KEY = "entry-4f1c9a";
  private static final String SUBJECT = "cache/analysis/" + KEY;
  private static final int TARGET_BYTES = 2048;

  private DefaultCacheManager manager;
  private Jsonb jsonb;
  private Cache<String, byte[]> plain;
  private SealedCache<CachedAnalysis> sealed;
  private Keyring keyring;
  private CachedAnalysis value;
  private byte[] json;
  private byte[] envelope;

  @Setup
  public void start() {
    manager = EmbeddedCaches.start(CacheConfig.local(new CacheLimits(10_000, Duration.ofHours(1))));
    jsonb = JsonbBuilder.create();
    plain = manager.getCache(CacheName.KNOWLEDGE.cacheName());
    keyring = Keyring.of(KeySet.generate(new SecureRandom(), Clock.systemUTC()));
    sealed =
        new SealedCache<>(
            manager.getCache(CacheName.ANALYSIS.cacheName()), keyring, jsonb, CachedAnalysis.class);
    value = twoKilobytes();
    json = jsonb.toJson(value).getBytes(StandardCharsets.UTF_8);
    plain.put(KEY, json);
    sealed.put(KEY, value);
    envelope = keyring.seal(json, SUBJECT);
    if (!sealed.get(KEY).equals(Optional.of(value))) {
      throw new IllegalStateException("The sealed value does not round-trip: measuring misses");
    }
  }

  @TearDown
  public void stop() throws Exception {
    jsonb.close();
    manager.stop();
  }

  @Benchmark
  public byte[] plainGet() {
    return plain.get(KEY);
  }

  @Benchmark
  public byte[] plainPut() {
    return plain.put(KEY, json);
  }

  @Benchmark
  public CachedAnalysis jsonGet() {
    return jsonb.fromJson(new ByteArrayInputStream(plain.get(KEY)), CachedAnalysis.class);
  }

  @Benchmark
  public byte[] jsonPut() {
    return plain.put(KEY, jsonb.toJson(value).getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public Optional<CachedAnalysis> sealedGet() {
    return sealed.get(KEY);
  }

  @Benchmark
  public void sealedPut() {
    sealed.put(KEY, value);
  }

  /** The keyring alone, opening the 2 KB envelope: the cryptographic part of a sealed get. */
  @Benchmark
  public byte[] keyringOpen() {
    return keyring.open(envelope, SUBJECT);
  }

  /** The keyring alone, sealing the 2 KB value: the cryptographic part of a sealed put. */
  @Benchmark
  public byte[] keyringSeal() {
    return keyring.seal(json, SUBJECT);
  }

  private CachedAnalysis twoKilobytes() {
    CachedAnalysis empty =
        new CachedAnalysis(
            KEY, "ELEVATED", 0.734, List.of("sleep", "work", "family", "isolation"), "");
    int filler = TARGET_BYTES - jsonb.toJson(empty).getBytes(StandardCharsets.UTF_8).length;
    String sentence = "Reports poor sleep, long hours and less contact with friends this week. ";
    String summary = sentence.repeat(filler / sentence.length() + 1).substring(0, filler);
    return new CachedAnalysis(
        empty.entryId(), empty.level(), empty.score(), empty.themes(), summary);
  }
}
