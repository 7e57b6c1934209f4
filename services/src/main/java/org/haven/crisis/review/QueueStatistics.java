package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.haven.crisis.RiskLevel;
import org.haven.platform.time.WallClock;

/** Counts for the console's charts: cases per day, response-target compliance, risk levels. */
@ApplicationScoped
public class QueueStatistics {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  /** One day of the queue: cases opened, and of those acknowledged, how many in time. */
  public record Day(LocalDate day, long opened, long acknowledged, long inTime) {

    /** Share of acknowledged cases acknowledged by their target; 1 when none were (see callers). */
    public double compliance() {
      return acknowledged == 0 ? 1 : (double) inTime / acknowledged;
    }
  }

  /** The last {@code days} days (UTC), oldest first, including days without cases. */
  public List<Day> days(int days) {
    LocalDate today = clock.now().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    LocalDate first = today.minusDays(days - 1L);
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(d AS date),"
                    + " COUNT(c.id),"
                    + " COUNT(c.acknowledged_at),"
                    + " COUNT(c.id) FILTER (WHERE c.acknowledged_at <= c.due_at)"
                    + " FROM generate_series(CAST(?1 AS date), CAST(?2 AS date), interval '1 day') d"
                    + " LEFT JOIN crisis_case c ON CAST(c.opened_at AT TIME ZONE 'UTC' AS date) = CAST(d AS date)"
                    + " GROUP BY d ORDER BY d")
            .setParameter(1, first.toString())
            .setParameter(2, today.toString())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Day(
                    LocalDate.parse(r[0].toString()),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** How many entries were assessed at each level in the last {@code days} days. */
  public Map<RiskLevel, Long> riskDistribution(int days) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT level, COUNT(*) FROM entry_assessment WHERE assessed_at > ?1 GROUP BY level")
            .setParameter(1, clock.now().minusDays(days))
            .getResultList();
    Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
    for (RiskLevel level : RiskLevel.values()) {
      counts.put(level, 0L);
    }
    rows.stream()
        .map(Object[].class::cast)
        .forEach(r -> counts.put(RiskLevel.valueOf((String) r[0]), ((Number) r[1]).longValue()));
    return counts;
  }
}
