package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.crisis.CrisisCase;
import org.haven.platform.time.WallClock;

/**
 * Escalates to the supervisors each case nobody acknowledged by its response target. Servers
 * sweeping at once skip the cases another one holds, so each case escalates once.
 */
@ApplicationScoped
public class OverdueCases {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject WallClock clock;

  /** Escalates every overdue case this server can lock now; returns how many. */
  @Transactional
  public int escalateOverdue() {
    var now = clock.now();
    List<?> due =
        em.createNativeQuery(
                "SELECT CAST(id AS text) FROM crisis_case WHERE status IN ('NEW', 'ACKNOWLEDGED')"
                    + " AND acknowledged_at IS NULL AND due_at < ?1"
                    + " ORDER BY due_at FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .getResultList();
    int escalated = 0;
    for (Object id : due) {
      CrisisCase crisis = em.find(CrisisCase.class, UUID.fromString((String) id));
      if (crisis != null && crisis.escalateIfOverdue(now)) {
        audit.record("system", AuditAction.CASE_ESCALATED, "case/" + crisis.id());
        escalated++;
      }
    }
    return escalated;
  }
}
