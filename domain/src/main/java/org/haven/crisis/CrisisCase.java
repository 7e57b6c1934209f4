package org.haven.crisis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's open concern in front of the care team. There is one open case per person and concern:
 * a new entry about the same concern updates it (raising the level and moving the due time earlier
 * when it is more urgent) instead of opening another. A case opened because screening itself failed
 * has no concern category.
 */
@Entity
@Table(name = "crisis_case")
public class CrisisCase {

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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "crisis_case_event", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
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

  private void record(
      CaseEventType type, String actor, RiskLevel at, UUID entryId, OffsetDateTime when) {
    history.add(new CaseEvent(when, actor, type, at, entryId));
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

  public List<CaseEvent> history() {
    return List.copyOf(history);
  }
}
