package org.haven.insight;

import java.time.LocalDate;
import java.util.List;

/** Runs of consecutive days written on. */
final class Streaks {

  private Streaks() {}

  /** The longest run of consecutive days in {@code days} (ascending, distinct). */
  static int longest(List<LocalDate> days) {
    int longest = 0;
    int run = 0;
    LocalDate previous = null;
    for (LocalDate day : days) {
      run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = day;
    }
    return longest;
  }

  /**
   * The run that reaches today, or yesterday when today has no entry yet: a streak is not broken
   * before the day is over.
   */
  static int current(List<LocalDate> days, LocalDate today) {
    if (days.isEmpty()) {
      return 0;
    }
    LocalDate expected = days.get(days.size() - 1);
    if (expected.isBefore(today.minusDays(1))) {
      return 0;
    }
    int run = 0;
    for (int i = days.size() - 1; i >= 0 && days.get(i).equals(expected); i--) {
      run++;
      expected = expected.minusDays(1);
    }
    return run;
  }
}
