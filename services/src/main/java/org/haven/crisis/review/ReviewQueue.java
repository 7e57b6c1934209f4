package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.haven.account.Account;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.crisis.Assessment;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.screening.CrisisScreener;
import org.haven.platform.time.WallClock;

/**
 * Puts entries that need a person in front of the care team, in the same transaction that stores
 * the entry, so an acknowledged entry is never without its case. Depends on nothing but the
 * assessment and the database: no model, cache or LLM.
 */
@ApplicationScoped
public class ReviewQueue {

  private static final Logger LOG = Logger.getLogger(ReviewQueue.class.getName());

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject ResponseTargets targets;

  @Inject WallClock clock;

  @Inject AuditLog audit;

  /** Opens or updates the person's case for this assessment's concern; returns it if any. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<CrisisCase> route(UUID accountId, UUID entryId, Assessment assessment) {
    boolean failed = assessment.degraded().contains(CrisisScreener.SCREENING_FAILED);
    // With a component down, concern is routed to a person from MODERATE up rather than missed.
    boolean degradedConcern =
        assessment.isDegraded() && assessment.level().isAtLeast(RiskLevel.MODERATE);
    if (!failed && !degradedConcern && !targets.needsReview(assessment.level())) {
      return Optional.empty();
    }
    // One open case per person and concern: concurrent entries of the same person queue up here.
    em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = clock.now();
    RiskLevel urgency = failed ? assessment.level().max(RiskLevel.HIGH) : assessment.level();
    OffsetDateTime due = now.plus(targets.within(urgency));
    CrisisCategory concern = failed ? null : concernOf(assessment);
    Optional<CrisisCase> existing = openCase(accountId, concern);
    CrisisCase routed;
    if (existing.isPresent()) {
      routed = existing.get();
      routed.update(urgency, entryId, due, now);
    } else {
      routed =
          failed
              ? CrisisCase.screeningFailed(accountId, urgency, entryId, due, now)
              : CrisisCase.open(accountId, concern, urgency, entryId, due, now);
      em.persist(routed);
    }
    em.flush();
    audit.record(
        "system",
        existing.isPresent() ? AuditAction.CASE_UPDATED : AuditAction.CASE_OPENED,
        "case/" + routed.id());
    LOG.info(
        () ->
            "Case "
                + routed.id()
                + " "
                + routed.level()
                + " due "
                + routed.dueAt()
                + " for entry "
                + entryId);
    return Optional.of(routed);
  }

  public List<CrisisCase> openCasesOf(UUID accountId) {
    return em.createQuery(
            "SELECT c FROM CrisisCase c WHERE c.accountId = :a AND c.status IN"
                + " (org.haven.crisis.CaseStatus.NEW, org.haven.crisis.CaseStatus.ACKNOWLEDGED,"
                + " org.haven.crisis.CaseStatus.ESCALATED)",
            CrisisCase.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  private Optional<CrisisCase> openCase(UUID accountId, CrisisCategory concern) {
    return openCasesOf(accountId).stream()
        .filter(c -> concern == null ? c.isScreeningFailed() : concern == c.concern())
        .findFirst();
  }

  /** The most severe category, the first in declaration order among equals. */
  private static CrisisCategory concernOf(Assessment assessment) {
    return assessment.findings().stream()
        .max(
            Comparator.comparing(CategoryFinding::severity)
                .thenComparing(f -> -f.category().ordinal()))
        .map(CategoryFinding::category)
        .orElse(CrisisCategory.SUICIDAL_IDEATION);
  }
}
