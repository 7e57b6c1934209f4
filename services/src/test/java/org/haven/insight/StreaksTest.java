package org.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreaksTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void the_longest_run_of_consecutive_days_is_found_anywhere() {
    assertThat(Streaks.longest(days(10, 9, 8, 5, 4, 3, 2, 0))).isEqualTo(4);
    assertThat(Streaks.longest(List.of())).isZero();
  }

  @Test
  void the_current_streak_reaches_today_or_yesterday_and_no_further_back() {
    assertThat(Streaks.current(days(3, 2, 1, 0), TODAY)).isEqualTo(4);
    assertThat(Streaks.current(days(3, 2, 1), TODAY)).isEqualTo(3);
    assertThat(Streaks.current(days(4, 3, 2), TODAY)).isZero();
    assertThat(Streaks.current(days(5, 1, 0), TODAY)).isEqualTo(2);
  }

  /** Days that many days before today, in ascending order. */
  private static List<LocalDate> days(int... ago) {
    return java.util.Arrays.stream(ago).mapToObj(TODAY::minusDays).sorted().toList();
  }
}
