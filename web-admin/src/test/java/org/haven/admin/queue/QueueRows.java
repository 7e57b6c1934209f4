package org.haven.admin.queue;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.review.QueueRow;

/** Queue rows for view tests, timed relative to one instant. */
final class QueueRows {

  private final OffsetDateTime now;

  QueueRows(OffsetDateTime now) {
    this.now = now;
  }

  QueueRow open(RiskLevel level, int minutesAgo, int minutesLeft, String assignee) {
    return new QueueRow(
        UUID.randomUUID(),
        UUID.randomUUID(),
        level,
        CaseStatus.NEW,
        CrisisCategory.SUICIDAL_IDEATION,
        false,
        assignee,
        now.minusMinutes(minutesAgo),
        now.plusMinutes(minutesLeft),
        null,
        now.minusMinutes(minutesAgo));
  }

  static QueueRow escalated(QueueRow r) {
    return new QueueRow(
        r.id(),
        r.accountId(),
        r.level(),
        CaseStatus.ESCALATED,
        r.concern(),
        r.screeningFailed(),
        r.assignee(),
        r.openedAt(),
        r.dueAt(),
        r.acknowledgedAt(),
        r.updatedAt());
  }

  QueueRow acknowledged(RiskLevel level, String assignee) {
    return new QueueRow(
        UUID.randomUUID(),
        UUID.randomUUID(),
        level,
        CaseStatus.ACKNOWLEDGED,
        CrisisCategory.SELF_HARM,
        false,
        assignee,
        now.minusMinutes(30),
        now.minusMinutes(5),
        now.minusMinutes(20),
        now.minusMinutes(20));
  }

  QueueRow closed(RiskLevel level) {
    return new QueueRow(
        UUID.randomUUID(),
        UUID.randomUUID(),
        level,
        CaseStatus.RESOLVED,
        CrisisCategory.BEING_HARMED,
        false,
        "eli",
        now.minusHours(3),
        now.minusHours(2),
        now.minusHours(3),
        now.minusHours(1));
  }
}
