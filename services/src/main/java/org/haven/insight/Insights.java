package org.haven.insight;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.job.Transactions;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.SealedCache;
import org.haven.platform.cache.SealedCaches;
import org.haven.platform.crypto.Keyring;
import org.haven.platform.time.WallClock;

/**
 * One person's insights, each cached sealed under a key that includes how many entries they have
 * and when one last changed: a write, revision or deletion anywhere in the cluster makes the next
 * read compute afresh, and many readers of a missing key wait for one computation.
 */
@ApplicationScoped
public class Insights {

  private static final Logger LOG = Logger.getLogger(Insights.class.getName());
  private static final int MAX_REMEMBERED = 64;
  private final InsightQueries queries = new InsightQueries();

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Inject SealedCaches caches;

  @Inject Keyring keyring;

  @Inject WallClock clock;

  @Inject
  @ConfigProperty(name = "haven.insights.min-days", defaultValue = "3")
  int minDays;

  public WritingSummary summary(UUID owner, ZoneId zone) {
    return cached(owner, "summary|" + zone, WritingSummary.class, c -> summary(c, owner, zone));
  }

  public TrendList trends(UUID owner, Period period, ZoneId zone) {
    return cached(
        owner,
        "trends|" + period + "|" + zone,
        TrendList.class,
        c -> new TrendList(period, queries.trends(c, owner, period, zone.getId())));
  }

  public TagList tags(UUID owner, ZoneId zone) {
    return cached(
        owner,
        "tags|" + zone,
        TagList.class,
        c -> new TagList(minDays, queries.tags(c, owner, zone.getId(), minDays)));
  }

  private WritingSummary summary(Connection c, UUID owner, ZoneId zone) throws SQLException {
    Map<LocalDate, long[]> days = queries.days(c, owner, zone.getId());
    List<LocalDate> written = List.copyOf(days.keySet());
    long entries = days.values().stream().mapToLong(d -> d[0]).sum();
    long words = days.values().stream().mapToLong(d -> d[1]).sum();
    LocalDate today = LocalDate.now(clock.clock().withZone(zone));
    return new WritingSummary(
        entries,
        words,
        written.size(),
        Streaks.current(written, today),
        Streaks.longest(written),
        written.isEmpty() ? null : written.get(0),
        written.isEmpty() ? null : written.get(written.size() - 1));
  }

  /**
   * Removes every cached insight of a person (their account is being deleted): the keys computed
   * for them are listed under a key of their own.
   */
  public void forget(UUID owner) {
    SealedCache<KeyIndex> index = caches.of(CacheName.ANALYTICS, KeyIndex.class);
    String indexKey = indexKey(owner);
    index.get(indexKey).ifPresent(i -> i.keys().forEach(index::invalidate));
    index.invalidate(indexKey);
  }

  private <V> V cached(UUID owner, String what, Class<V> type, Transactions.Work<V> compute) {
    try (Connection c = dataSource.getConnection()) {
      String key = keyring.fingerprint(owner + "|" + what + "|" + queries.state(c, owner));
      try {
        return caches
            .of(CacheName.ANALYTICS, type)
            .computeIfAbsent(
                key,
                () -> {
                  V value = run(compute, c);
                  remember(owner, key);
                  return value;
                });
      } catch (QueryFailed e) {
        throw e;
      } catch (RuntimeException cacheFailed) {
        LOG.warning(() -> "Analytics cache unavailable: " + cacheFailed.getClass().getName());
        return run(compute, c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Insights could not be read", e);
    }
  }

  private void remember(UUID owner, String key) {
    SealedCache<KeyIndex> index = caches.of(CacheName.ANALYTICS, KeyIndex.class);
    String indexKey = indexKey(owner);
    List<String> keys = new ArrayList<>(index.get(indexKey).map(KeyIndex::keys).orElse(List.of()));
    keys.add(key);
    index.put(
        indexKey,
        new KeyIndex(keys.subList(Math.max(0, keys.size() - MAX_REMEMBERED), keys.size())));
  }

  private String indexKey(UUID owner) {
    return keyring.fingerprint(owner + "|insight keys");
  }

  private static <V> V run(Transactions.Work<V> compute, Connection c) {
    try {
      return compute.on(c);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new QueryFailed(e);
    }
  }

  /** A query failed inside the cache's computation: not a cache failure, so not retried. */
  private static final class QueryFailed extends RuntimeException {
    QueryFailed(Exception cause) {
      super(cause);
    }
  }

  /** The cache keys of one person's insights, newest last. */
  public record KeyIndex(List<String> keys) {}

  /** A trend, period by period. */
  public record TrendList(Period period, List<Trend> trends) {}

  /**
   * Tags by use; mood comparisons appear only for tags with at least {@code minDays} days with and
   * without them.
   */
  public record TagList(int minDays, List<TagInsight> tags) {}
}
