package org.haven.crisis;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.haven.shared.DomainRuleViolation;
import org.haven.shared.PrivateText;
import org.haven.shared.Require;

/**
 * A person's open concern in front of the care team. There is one open case per person and concern:
 * a new entry about the same concern updates it (raising the level and moving the due time earlier
 * when it is more urgent) instead of opening another. A case opened because screening itself failed
 * has no concern category.
 *
 * <p>The response clock runs from opening until a clinician acknowledges; an unacknowledged case
 * past its due time is overdue and Haven escalates it. Each transition checks the status it starts
 * from and is recorded in the history with who and when. (Longer than most files: it is the
 * aggregate, and its transitions belong together.)
 */
@Entity
@Table(name = "crisis_case")
public class CrisisCase {

  /** The event code of an escalation Haven made because the response target passed. */
  public static final String TARGET_PASSED = "RESPONSE_TARGET_PASSED";

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private CrisisCategory concern;

  @Column(name = "screening_failed", nullable = false, updatable = false)
  private boolean screeningFailed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskLevel level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(name = "latest_entry_id")
  private UUID latestEntryId;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "due_at", nullable = false)
  private OffsetDateTime dueAt;

  @Column(length = 80)
  private String assignee;

  @Column(name = "acknowledged_at")
  private OffsetDateTime acknowledgedAt;

  @Column(name = "acknowledged_by", length = 80)
  private String acknowledgedBy;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(length = 30)
  private String outcome;

  @OneToMany(mappedBy = "crisis", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<CaseEvent> history = new ArrayList<>();

  @Version private long version;

  protected CrisisCase() {}

  private CrisisCase(
      UUID accountId,
      CrisisCategory concern,
      RiskLevel level,
      UUID entryId,
      OffsetDateTime due,
      OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.concern = concern;
    this.screeningFailed = concern == null;
    this.level = Objects.requireNonNull(level, "level");
    this.status = CaseStatus.NEW;
    this.latestEntryId = entryId;
    this.openedAt = at;
    this.updatedAt = at;
    this.dueAt = Objects.requireNonNull(due, "due");
    record(CaseEventType.OPENED, CaseEvent.HAVEN, level, entryId, at);
  }

  /** Opens a case about a concern found in an entry. */
  public static CrisisCase open(
      UUID accountId,
      CrisisCategory concern,
      RiskLevel level,
      UUID entryId,
      OffsetDateTime due,
      OffsetDateTime at) {
    return new CrisisCase(
        accountId, Objects.requireNonNull(concern, "concern"), level, entryId, due, at);
  }

  /** Opens a case because an entry could not be screened: a person must read it. */
  public static CrisisCase screeningFailed(
      UUID accountId, RiskLevel level, UUID entryId, OffsetDateTime due, OffsetDateTime at) {
    return new CrisisCase(accountId, null, level, entryId, due, at);
  }

  /**
   * A newer entry about the same concern: the case keeps the higher level and the earlier due time.
   */
  public void update(RiskLevel newLevel, UUID entryId, OffsetDateTime due, OffsetDateTime at) {
    if (!status.isOpen()) {
      throw new IllegalStateException("Case " + id + " is " + status + "; open a new one instead");
    }
    level = level.max(newLevel);
    latestEntryId = entryId;
    dueAt = due.isBefore(dueAt) ? due : dueAt;
    updatedAt = at;
    record(CaseEventType.UPDATED, CaseEvent.HAVEN, newLevel, entryId, at);
  }

  /**
   * A clinician takes the case: the response clock stops, and an unassigned case becomes theirs.
   */
  public void acknowledge(String by, OffsetDateTime at) {
    if (acknowledgedAt != null && status.isOpen()) {
      throw new DomainRuleViolation("status", "Case is already acknowledged by " + acknowledgedBy);
    }
    requireStatus("acknowledge", CaseStatus.NEW, CaseStatus.ESCALATED);
    acknowledgedAt = at;
    acknowledgedBy = by;
    assignee = assignee == null ? by : assignee;
    status = status == CaseStatus.NEW ? CaseStatus.ACKNOWLEDGED : status;
    change(CaseEventType.ACKNOWLEDGED, by, null, null, at);
  }

  /** Gives an open case to a colleague (or to oneself). */
  public void assign(String to, String by, OffsetDateTime at) {
    requireStatus("assign", CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.ESCALATED);
    assignee = Require.text("assignee", to, 80);
    change(CaseEventType.ASSIGNED, by, to, null, at);
  }

  /** Adds a note; closed cases take notes too, for follow-ups. */
  public void addNote(String by, String note, OffsetDateTime at) {
    change(CaseEventType.NOTE_ADDED, by, null, Require.text("note", note, 4000), at);
  }

  /** Hands the case to the supervisors, saying why. */
  public void escalate(String by, String reason, OffsetDateTime at) {
    String why = Require.text("reason", reason, 4000);
    requireStatus("escalate", CaseStatus.NEW, CaseStatus.ACKNOWLEDGED);
    status = CaseStatus.ESCALATED;
    change(CaseEventType.ESCALATED, by, null, why, at);
  }

  /** Escalates the case if nobody acknowledged it in time; says whether it did. */
  public boolean escalateIfOverdue(OffsetDateTime now) {
    if (!isOverdue(now) || status == CaseStatus.ESCALATED) {
      return false;
    }
    status = CaseStatus.ESCALATED;
    change(CaseEventType.ESCALATED, CaseEvent.HAVEN, TARGET_PASSED, null, now);
    return true;
  }

  /** Closes a real concern with its outcome. */
  public void resolve(String by, CaseOutcome how, String note, OffsetDateTime at) {
    Require.that(how != null, "outcome", "Choose how the case was resolved");
    close(CaseStatus.RESOLVED, CaseEventType.RESOLVED, by, how.name(), note, at);
  }

  /** Closes a case that was not a real concern, keeping why for the screening team. */
  public void markFalseAlarm(String by, FalseAlarmReason why, String note, OffsetDateTime at) {
    Require.that(why != null, "reason", "Choose why it was a false alarm");
    close(CaseStatus.FALSE_ALARM, CaseEventType.MARKED_FALSE_ALARM, by, why.name(), note, at);
  }

  /** Opens a closed case again, assigned and acknowledged by whoever reopened it. */
  public void reopen(String by, String reason, OffsetDateTime at) {
    requireStatus("reopen", CaseStatus.RESOLVED, CaseStatus.FALSE_ALARM);
    String why = Require.text("reason", reason, 4000);
    status = CaseStatus.ACKNOWLEDGED;
    closedAt = null;
    outcome = null;
    assignee = by;
    change(CaseEventType.REOPENED, by, null, why, at);
  }

  /** Whether the response target passed with nobody acknowledging the case. */
  public boolean isOverdue(OffsetDateTime now) {
    return status.isOpen() && acknowledgedAt == null && now.isAfter(dueAt);
  }

  /** Whether a clinician acknowledged the case by its due time. */
  public boolean metResponseTarget() {
    return acknowledgedAt != null && !acknowledgedAt.isAfter(dueAt);
  }

  private void close(
      CaseStatus to, CaseEventType type, String by, String code, String note, OffsetDateTime at) {
    requireStatus(type.name(), CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.ESCALATED);
    status = to;
    closedAt = at;
    outcome = code;
    change(type, by, code, note == null || note.isBlank() ? null : note, at);
  }

  private void requireStatus(String transition, CaseStatus... allowed) {
    for (CaseStatus from : allowed) {
      if (status == from) {
        return;
      }
    }
    throw new DomainRuleViolation(
        "status", "A case that is " + status + " cannot take " + transition.toLowerCase());
  }

  private void change(
      CaseEventType type, String by, String code, String detail, OffsetDateTime at) {
    updatedAt = at;
    PrivateText sealed = detail == null ? null : new PrivateText(historySubject(), detail);
    history.add(new CaseEvent(this, history.size(), at, by, type, null, null, code, sealed));
  }

  private void record(
      CaseEventType type, String actor, RiskLevel at, UUID entryId, OffsetDateTime when) {
    history.add(new CaseEvent(this, history.size(), when, actor, type, at, entryId, null, null));
  }

  /** What every note and reason in this case's history is sealed for. */
  public String historySubject() {
    return "crisis_case/" + id + "/history";
  }

  @PostLoad
  void checkHistoryWasSealedForThisCase() {
    history.stream()
        .map(CaseEvent::sealedDetail)
        .filter(Objects::nonNull)
        .forEach(detail -> detail.requireSubject(historySubject()));
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public CrisisCategory concern() {
    return concern;
  }

  public boolean isScreeningFailed() {
    return screeningFailed;
  }

  public RiskLevel level() {
    return level;
  }

  public CaseStatus status() {
    return status;
  }

  public UUID latestEntryId() {
    return latestEntryId;
  }

  public OffsetDateTime openedAt() {
    return openedAt;
  }

  public OffsetDateTime dueAt() {
    return dueAt;
  }

  public String assignee() {
    return assignee;
  }

  public OffsetDateTime acknowledgedAt() {
    return acknowledgedAt;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }

  /** The outcome of a resolved case or the reason of a false alarm, by name. */
  public String outcome() {
    return outcome;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public List<CaseEvent> history() {
    return List.copyOf(history);
  }
}
