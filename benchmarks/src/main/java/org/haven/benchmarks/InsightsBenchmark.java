package org.haven.benchmarks;

import jakarta.json.bind.JsonbBuilder;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.haven.insight.InsightQueries;
import org.haven.insight.Period;
import org.haven.insight.TagInsight;
import org.haven.insight.Trend;
import org.haven.platform.cache.CacheConfig;
import org.haven.platform.cache.CacheLimits;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.EmbeddedCaches;
import org.haven.platform.cache.SealedCache;
import org.haven.platform.crypto.KeySet;
import org.haven.platform.crypto.Keyring;
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
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Insights for one account with 10,000 entries over three years, on PostgreSQL ({@code
 * -Dhaven.bench.jdbc}, default the machine's at 127.0.0.1:5432/test, in a schema of its own).
 * {@code cold*} runs the SQL aggregations as a cache miss does; {@code cached*} does what a hit
 * does: the state query that keys the cache, then the sealed cache read (open and parse).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class InsightsBenchmark {

  static final int ENTRIES = 10_000;
  private static final String[] TAGS = {
    "work", "family", "sleep", "walk", "friends", "gym", "reading", "music", "rain", "therapy"
  };
  private static final String[] EMOTIONS = {"JOY", "SADNESS", "FEAR", "ANGER", "TRUST", "NEUTRAL"};

  private final String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
  private final UUID owner = UUID.randomUUID();
  private final InsightQueries queries = new InsightQueries();
  private Connection db;
  private DefaultCacheManager caches;
  private SealedCache<TrendList> trendsCache;
  private SealedCache<TagList> tagsCache;
  private String trendsKey;
  private String tagsKey;

  /** What the server caches for a trend and for tags. */
  public record TrendList(java.util.List<Trend> trends) {}

  public record TagList(java.util.List<TagInsight> tags) {}

  @Setup
  public void seed() throws SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(System.getProperty("haven.bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/test"));
    ds.setUser(System.getProperty("haven.bench.user", "postgres"));
    db = ds.getConnection();
    try (Statement s = db.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      s.execute("SET search_path TO " + schema);
      s.execute(
          "CREATE TABLE journal_entry (id uuid PRIMARY KEY, owner_id uuid NOT NULL,"
              + " mood smallint, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,"
              + " word_count integer)");
      s.execute("CREATE INDEX ON journal_entry (owner_id, created_at DESC, id DESC)");
      s.execute(
          "CREATE TABLE journal_entry_tag (entry_id uuid NOT NULL, position integer NOT NULL,"
              + " tag varchar(40) NOT NULL, PRIMARY KEY (entry_id, position))");
      s.execute(
          "CREATE TABLE entry_emotion (entry_id uuid PRIMARY KEY, dominant varchar(20) NOT NULL,"
              + " valence double precision NOT NULL)");
    }
    insertEntries();
    caches = EmbeddedCaches.start(CacheConfig.local(new CacheLimits(10_000, Duration.ofHours(1))));
    Keyring keyring = Keyring.of(KeySet.generate(new SecureRandom(), Clock.systemUTC()));
    var jsonb = JsonbBuilder.create();
    trendsCache =
        new SealedCache<>(
            caches.getCache(CacheName.ANALYTICS.cacheName()), keyring, jsonb, TrendList.class);
    tagsCache =
        new SealedCache<>(
            caches.getCache(CacheName.ANALYTICS.cacheName()), keyring, jsonb, TagList.class);
    trendsKey = keyring.fingerprint(owner + "|trends|" + queries.state(db, owner));
    tagsKey = keyring.fingerprint(owner + "|tags|" + queries.state(db, owner));
    trendsCache.put(trendsKey, coldTrendsByWeek());
    tagsCache.put(tagsKey, coldTags());
  }

  private void insertEntries() throws SQLException {
    Random random = new Random(42);
    OffsetDateTime start = OffsetDateTime.of(2023, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC);
    try (PreparedStatement entry =
            db.prepareStatement("INSERT INTO journal_entry VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement tag =
            db.prepareStatement("INSERT INTO journal_entry_tag VALUES (?, ?, ?)");
        PreparedStatement emotion =
            db.prepareStatement("INSERT INTO entry_emotion VALUES (?, ?, ?)")) {
      for (int i = 0; i < ENTRIES; i++) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = start.plusMinutes(i * 157L);
        entry.setObject(1, id);
        entry.setObject(2, owner);
        entry.setInt(3, 1 + random.nextInt(10));
        entry.setObject(4, at);
        entry.setObject(5, at);
        entry.setInt(6, 20 + random.nextInt(400));
        entry.addBatch();
        for (int t = 0; t < random.nextInt(4); t++) {
          tag.setObject(1, id);
          tag.setInt(2, t);
          tag.setString(3, TAGS[random.nextInt(TAGS.length)]);
          tag.addBatch();
        }
        emotion.setObject(1, id);
        emotion.setString(2, EMOTIONS[random.nextInt(EMOTIONS.length)]);
        emotion.setDouble(3, random.nextDouble() * 2 - 1);
        emotion.addBatch();
      }
      entry.executeBatch();
      tag.executeBatch();
      emotion.executeBatch();
    }
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  @TearDown
  public void drop() throws SQLException {
    caches.stop();
    try (Statement s = db.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
    db.close();
  }

  @Benchmark
  public Object coldSummaryDays() throws SQLException {
    return queries.days(db, owner, "Europe/London");
  }

  @Benchmark
  public TrendList coldTrendsByWeek() throws SQLException {
    return new TrendList(queries.trends(db, owner, Period.WEEK, "Europe/London"));
  }

  @Benchmark
  public TagList coldTags() throws SQLException {
    return new TagList(queries.tags(db, owner, "Europe/London", 3));
  }

  @Benchmark
  public TrendList cachedTrendsByWeek() throws SQLException {
    queries.state(db, owner);
    return trendsCache.get(trendsKey).orElseThrow();
  }

  @Benchmark
  public TagList cachedTags() throws SQLException {
    queries.state(db, owner);
    return tagsCache.get(tagsKey).orElseThrow();
  }
}
