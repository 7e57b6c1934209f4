package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.haven.platform.time.SqlTimes;
import org.haven.platform.time.WallClock;

/**
 * Cases clinicians closed as false alarms, with why and what decided the screening, for the team
 * that tunes the rules and the model. No text: the rule ids and model versions point at the cause.
 */
@ApplicationScoped
public class FalseAlarms {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  /** One false alarm: when, at which level and concern, the clinician's reason, the deciders. */
  public record FalseAlarm(
      OffsetDateTime closedAt, String level, String concern, String reason, String decidedBy) {}

  /** The false alarms of the last {@code days} days, newest first. */
  public List<FalseAlarm> lastDays(int days) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.closed_at, c.level, COALESCE(c.concern, 'SCREENING_FAILED'), c.outcome,"
                    + " COALESCE(a.decided_by, '[]')"
                    + " FROM crisis_case c LEFT JOIN entry_assessment a ON a.entry_id = c.latest_entry_id"
                    + " WHERE c.status = 'FALSE_ALARM' AND c.closed_at > ?1"
                    + " ORDER BY c.closed_at DESC")
            .setParameter(1, clock.now().minusDays(days))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new FalseAlarm(
                    SqlTimes.utc(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }
}
