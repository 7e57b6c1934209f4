package org.haven.crisis.review;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.RiskLevel;

/**
 * What the queue shows: levels and statuses (empty means all), one assignee (or anyone, or only
 * unassigned cases), and optionally only overdue cases.
 */
public record QueueFilter(
    Set<RiskLevel> levels, Set<CaseStatus> statuses, Assignee assignee, boolean overdueOnly) {

  /** Whose cases to show. */
  public record Assignee(Kind kind, String username) {
    public enum Kind {
      ANYONE,
      NOBODY,
      PERSON
    }

    public static final Assignee ANYONE = new Assignee(Kind.ANYONE, null);
    public static final Assignee NOBODY = new Assignee(Kind.NOBODY, null);

    public static Assignee person(String username) {
      return new Assignee(Kind.PERSON, username);
    }

    boolean matches(String assignee) {
      return switch (kind) {
        case ANYONE -> true;
        case NOBODY -> assignee == null;
        case PERSON -> Objects.equals(username, assignee);
      };
    }
  }

  /** Every open case. */
  public static final QueueFilter OPEN =
      new QueueFilter(
          EnumSet.noneOf(RiskLevel.class),
          EnumSet.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.ESCALATED),
          Assignee.ANYONE,
          false);

  public QueueFilter {
    levels = Set.copyOf(levels);
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(assignee, "assignee");
  }

  public boolean test(QueueRow row, OffsetDateTime now) {
    return (levels.isEmpty() || levels.contains(row.level()))
        && (statuses.isEmpty() || statuses.contains(row.status()))
        && assignee.matches(row.assignee())
        && (!overdueOnly || row.isOverdue(now));
  }
}
