package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.time.WallClock;

/** Reads the review queue: open cases and those closed lately, most urgent first. */
@ApplicationScoped
public class CaseQueue {

  private static final String ROW =
      "SELECT new org.haven.crisis.review.QueueRow(c.id, c.accountId, c.level, c.status,"
          + " c.concern, c.screeningFailed, c.assignee, c.openedAt, c.dueAt, c.acknowledgedAt,"
          + " c.updatedAt) FROM CrisisCase c ";

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  @Inject
  @ConfigProperty(name = "haven.console.closed-window", defaultValue = "PT24H")
  Duration closedWindow;

  /** Open cases and the cases closed within the configured window, filtered and sorted. */
  public List<QueueRow> rows(QueueFilter filter) {
    var now = clock.now();
    return em.createQuery(ROW + "WHERE c.closedAt IS NULL OR c.closedAt > :since", QueueRow.class)
        .setParameter("since", now.minus(closedWindow))
        .getResultStream()
        .filter(row -> filter.test(row, now))
        .sorted(QueueRow.URGENCY)
        .toList();
  }

  /** One case as the queue lists it. */
  public Optional<QueueRow> row(UUID id) {
    return em.createQuery(ROW + "WHERE c.id = :id", QueueRow.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The person's other cases, newest first. */
  public List<QueueRow> casesOf(UUID accountId, UUID except) {
    return em.createQuery(
            ROW + "WHERE c.accountId = :a AND c.id <> :id ORDER BY c.openedAt DESC", QueueRow.class)
        .setParameter("a", accountId)
        .setParameter("id", except)
        .setMaxResults(20)
        .getResultList();
  }

  /**
   * Changes whenever a case the queue can list is opened, changed, closed or removed: the console
   * compares it between polls to know when to push. It reads only open cases and those closed
   * within the window (both behind partial indexes), so it stays cheap as closed cases pile up.
   */
  public String fingerprint() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM crisis_case"
                        + " WHERE status IN ('NEW', 'ACKNOWLEDGED', 'ESCALATED') OR closed_at > ?1")
                .setParameter(1, clock.now().minus(closedWindow))
                .getSingleResult();
    return row[0] + "/" + row[1] + "/" + row[2];
  }
}
