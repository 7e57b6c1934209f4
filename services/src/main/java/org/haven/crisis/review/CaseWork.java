package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.control.StaffDirectory;
import org.haven.clinician.control.StaffSignIn;
import org.haven.crisis.CaseOutcome;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.FalseAlarmReason;
import org.haven.platform.time.WallClock;
import org.haven.shared.DomainRuleViolation;

/**
 * The care team's work on cases. Each transition locks the case, checks who may make it, lets the
 * case check that its status allows it, and audits it in the same transaction; a refused attempt is
 * audited on its own, since its transaction rolls back.
 */
@ApplicationScoped
@Transactional
public class CaseWork {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject StaffDirectory directory;

  @Inject StaffSignIn staffNames;

  @Inject ReviewQueue queue;

  @Inject WallClock clock;

  public CrisisCase acknowledge(UUID id, Staff by) {
    return act(id, by, AuditAction.CASE_ACKNOWLEDGED, c -> c.acknowledge(by.username(), now(c)));
  }

  public CrisisCase assign(UUID id, String to, Staff by) {
    return act(
        id,
        by,
        AuditAction.CASE_ASSIGNED,
        c -> {
          CaseAccess.requireAssigner(c, by, to);
          if (!directory.worksCases(to)) {
            throw new DomainRuleViolation("assignee", to + " does not work cases");
          }
          c.assign(to, by.username(), now(c));
        });
  }

  public CrisisCase addNote(UUID id, String note, Staff by) {
    return asWorker(
        id,
        by,
        AuditAction.CASE_NOTE_ADDED,
        "add a note to",
        c -> c.addNote(by.username(), note, now(c)));
  }

  public CrisisCase escalate(UUID id, String reason, Staff by) {
    return asWorker(
        id,
        by,
        AuditAction.CASE_ESCALATED,
        "escalate",
        c -> c.escalate(by.username(), reason, now(c)));
  }

  public CrisisCase resolve(UUID id, CaseOutcome outcome, String note, Staff by) {
    return asWorker(
        id,
        by,
        AuditAction.CASE_RESOLVED,
        "resolve",
        c -> c.resolve(by.username(), outcome, note, now(c)));
  }

  public CrisisCase markFalseAlarm(UUID id, FalseAlarmReason reason, String note, Staff by) {
    return asWorker(
        id,
        by,
        AuditAction.CASE_MARKED_FALSE_ALARM,
        "mark as a false alarm",
        c -> c.markFalseAlarm(by.username(), reason, note, now(c)));
  }

  public CrisisCase reopen(UUID id, String reason, Staff by) {
    return act(
        id,
        by,
        AuditAction.CASE_REOPENED,
        c -> {
          CaseAccess.requireSupervisor(c, by, "reopen");
          boolean newerCaseOpen =
              queue.openCasesOf(c.accountId()).stream()
                  .anyMatch(
                      open ->
                          open.concern() == c.concern()
                              && open.isScreeningFailed() == c.isScreeningFailed());
          if (newerCaseOpen) {
            throw new DomainRuleViolation(
                "status", "A newer case about the same concern is open: work that one instead");
          }
          c.reopen(by.username(), reason, now(c));
        });
  }

  /** A change only the case's assignee (or a supervisor) may make. */
  private CrisisCase asWorker(
      UUID id, Staff by, AuditAction action, String what, Consumer<CrisisCase> change) {
    return act(
        id,
        by,
        action,
        c -> {
          CaseAccess.requireWorker(c, by, what);
          change.accept(c);
        });
  }

  private CrisisCase act(UUID id, Staff by, AuditAction action, Consumer<CrisisCase> change) {
    // Locked: two clinicians acknowledging at once see one succeed, the other told who did.
    CrisisCase crisis = em.find(CrisisCase.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (crisis == null) {
      throw new CaseNotFoundException(id);
    }
    String actor = staffNames.auditNameOf(by.username());
    try {
      change.accept(crisis);
    } catch (CaseAccessRefused e) {
      audit.recordAlone(actor, AuditAction.CASE_ACCESS_REFUSED, "case/" + id);
      throw e;
    }
    em.flush();
    audit.record(actor, action, "case/" + id);
    return crisis;
  }

  /** Never earlier than the case's last change, whatever this server's clock says. */
  private OffsetDateTime now(CrisisCase crisis) {
    OffsetDateTime now = clock.now();
    return now.isBefore(crisis.updatedAt()) ? crisis.updatedAt() : now;
  }
}
