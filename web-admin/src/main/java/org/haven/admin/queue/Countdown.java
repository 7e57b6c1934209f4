package org.haven.admin.queue;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.haven.crisis.review.QueueRow;

/**
 * A case's response clock as the queue shows it: how long is left, or how late it is. While the
 * clock runs, {@code runningTo} is the due time, and the browser ticks the text on from it.
 */
public record Countdown(State state, String text, OffsetDateTime runningTo) {

  /** Where the clock stands; the queue colours each one differently. */
  public enum State {
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    RESPONDED,
    CLOSED
  }

  /** Under this much time left a case is due soon. */
  static final Duration SOON = Duration.ofMinutes(5);

  public static Countdown of(QueueRow row, OffsetDateTime now) {
    if (!row.status().isOpen()) {
      return new Countdown(State.CLOSED, "closed", null);
    }
    if (row.acknowledgedAt() != null) {
      boolean inTime = !row.acknowledgedAt().isAfter(row.dueAt());
      return new Countdown(State.RESPONDED, inTime ? "responded in time" : "responded late", null);
    }
    Duration left = row.timeLeft(now);
    if (left.isNegative()) {
      return new Countdown(State.OVERDUE, "overdue " + clock(left.negated()), row.dueAt());
    }
    return new Countdown(
        left.compareTo(SOON) < 0 ? State.DUE_SOON : State.ON_TIME,
        clock(left) + " left",
        row.dueAt());
  }

  /** 9:05, or 1:02:09 past an hour. */
  static String clock(Duration d) {
    long seconds = d.toSeconds();
    long hours = seconds / 3600;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
