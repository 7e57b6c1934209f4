package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.haven.crisis.RiskLevel;
import org.haven.tools.ThresholdTuner.Scored;
import org.haven.tools.TrainCommand.Thresholds;
import org.junit.jupiter.api.Test;

class ThresholdSearchTest {

  private static final RiskLevel NOTHING = RiskLevel.NONE;

  @Test
  void the_high_threshold_may_fall_below_the_moderate_one_when_that_finds_every_high_text() {
    List<Scored> scored =
        List.of(
            // An oblique HIGH text the model is unsure of...
            new Scored(RiskLevel.HIGH, NOTHING, 0.35, 0.30),
            // ...a benign look-alike that reads as MODERATE, not as HIGH...
            new Scored(RiskLevel.NONE, NOTHING, 0.45, 0.10),
            // ...and a clear MODERATE text.
            new Scored(RiskLevel.MODERATE, NOTHING, 0.60, 0.10));

    Thresholds t = ThresholdTuner.search(scored, 0.97, 0.0);

    assertThat(t.high()).isLessThanOrEqualTo(0.30);
    assertThat(t.moderate()).isGreaterThan(0.45).isLessThanOrEqualTo(0.60);
    assertThat(t.recallHigh()).isEqualTo(1.0);
    assertThat(t.recallModerate()).isEqualTo(1.0);
    assertThat(t.falseAlarms()).isZero();
  }

  @Test
  void false_alarms_stay_within_the_budget_even_at_the_cost_of_recall() {
    List<Scored> scored =
        List.of(
            new Scored(RiskLevel.HIGH, NOTHING, 0.50, 0.40),
            new Scored(RiskLevel.HIGH, NOTHING, 0.90, 0.80),
            // A benign text the model rates above the first HIGH text.
            new Scored(RiskLevel.NONE, NOTHING, 0.60, 0.50));

    Thresholds t = ThresholdTuner.search(scored, 0.97, 0.0);

    assertThat(t.falseAlarms()).isZero();
    assertThat(t.recallHigh()).isEqualTo(0.5);
  }

  @Test
  void what_the_rules_found_counts_whatever_the_thresholds() {
    List<Scored> scored =
        List.of(
            new Scored(RiskLevel.CRITICAL, RiskLevel.CRITICAL, 0.0, 0.0),
            new Scored(RiskLevel.NONE, NOTHING, 0.97, 0.97));

    Thresholds t = ThresholdTuner.search(scored, 0.97, 0.0);

    assertThat(t.recallHigh()).isEqualTo(1.0);
    assertThat(t.falseAlarms()).isZero();
  }

  @Test
  void a_budget_no_thresholds_can_keep_is_refused_by_name() {
    List<Scored> scored = List.of(new Scored(RiskLevel.NONE, RiskLevel.HIGH, 0.0, 0.0));

    assertThatThrownBy(() -> ThresholdTuner.search(scored, 0.97, 0.15))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("false-alarm budget");
  }
}
