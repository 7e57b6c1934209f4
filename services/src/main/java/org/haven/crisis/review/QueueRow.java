package org.haven.crisis.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/** One case as the queue lists it: no text, nothing about the person but an id. */
public record QueueRow(
    UUID id,
    UUID accountId,
    RiskLevel level,
    CaseStatus status,
    CrisisCategory concern,
    boolean screeningFailed,
    String assignee,
    OffsetDateTime openedAt,
    OffsetDateTime dueAt,
    OffsetDateTime acknowledgedAt,
    OffsetDateTime updatedAt) {

  /** Most urgent first: the higher level, then the one waiting longest. */
  public static final Comparator<QueueRow> URGENCY =
      Comparator.comparing(QueueRow::level)
          .reversed()
          .thenComparing(QueueRow::openedAt)
          .thenComparing(QueueRow::id);

  /** Whether the response target passed with nobody acknowledging the case. */
  public boolean isOverdue(OffsetDateTime now) {
    return status.isOpen() && acknowledgedAt == null && now.isAfter(dueAt);
  }

  /** Time left to the response target (negative once overdue); zero once acknowledged. */
  public Duration timeLeft(OffsetDateTime now) {
    return acknowledgedAt == null ? Duration.between(now, dueAt) : Duration.ZERO;
  }

  /** What the case is about, in words for the grid. */
  public String concernLabel() {
    return screeningFailed ? "Screening failed" : EnumLabels.of(concern);
  }
}
