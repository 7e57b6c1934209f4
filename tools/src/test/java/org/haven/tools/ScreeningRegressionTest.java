package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.screening.CombinedScreening;
import org.haven.crisis.screening.RuleFloor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the screening to the recall targets on the held-out set (0.95 of HIGH and CRITICAL
 * texts at HIGH or above, 0.95 of MODERATE-or-above texts at MODERATE or above), and to the figures
 * it has reached where the target is not met yet (false alarms: 5% is the target), on SAFETY.md
 * rule 3's benign-trap and oblique-ideation subsets, and on the development set the thresholds are
 * tuned on, so no change to rules or model makes it worse unnoticed. docs/safety/evaluation.md
 * shows where it stands. Tighten the floors as the screening improves. The held-out set is the
 * eighth edition (2026-11-28). Of the retired editions, the first three ({@code dev2.jsonl} to
 * {@code dev4.jsonl}) are now training data, so only the rules alone, which no set fits, are held
 * to their figures there; the fourth to seventh ({@code dev5.jsonl} to {@code dev8.jsonl}) are not,
 * and keep floors of their own.
 */
class ScreeningRegressionTest {

  private static final Path HELD_OUT = Path.of("corpus/crisis/eval.jsonl");
  private static final Set<String> BENIGN_KINDS =
      Set.of("idiom", "fiction", "negation", "recovery", "third_person", "ordinary");
  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();
  private static LevelModel model;
  private static CombinedScreening screening;
  private static List<LabelledText> set;

  @BeforeAll
  static void load() throws IOException {
    set = LabelledText.read(HELD_OUT);
    model = LevelModel.fromClassPath(ScreeningRegressionTest.class.getClassLoader());
    screening =
        new CombinedScreening(
            FLOOR, Optional.of(new LearnedScreening(new SentenceEmbedder(), model)));
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  @Test
  void rules_and_model_keep_their_recall_and_false_alarm_rate() {
    Evaluation e = Evaluation.of(set, screening::assess);

    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(0.95);
    assertThat(e.recallModeratePlus()).as("recall MODERATE+").isGreaterThanOrEqualTo(0.95);
    assertThat(e.falseAlarmRate()).as("false alarms on NONE").isLessThanOrEqualTo(0.13);
  }

  @Test
  void the_rules_alone_keep_their_floor() {
    Evaluation e = Evaluation.of(set, FLOOR::assess);

    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(0.32);
    assertThat(e.recallModeratePlus()).as("recall MODERATE+").isGreaterThanOrEqualTo(0.30);
    assertThat(e.falseAlarmRate()).as("false alarms on NONE").isLessThanOrEqualTo(0.03);
  }

  @Test
  void the_held_out_set_is_big_enough_to_mean_something() {
    assertThat(set).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void benign_traps_keep_their_false_alarm_rate() {
    List<LabelledText> traps =
        set.stream()
            .filter(t -> t.level() == RiskLevel.NONE && BENIGN_KINDS.contains(t.kind()))
            .toList();

    assertThat(traps).hasSizeGreaterThanOrEqualTo(100);
    assertThat(Evaluation.of(traps, screening::assess).falseAlarmRate())
        .as("rules and model")
        .isLessThanOrEqualTo(0.13);
    assertThat(Evaluation.of(traps, FLOOR::assess).falseAlarmRate())
        .as("rules alone")
        .isLessThanOrEqualTo(0.04);
  }

  @Test
  void oblique_ideation_keeps_its_recall() {
    List<LabelledText> oblique =
        set.stream()
            .filter(t -> t.kind().equals("oblique") && t.level().isAtLeast(RiskLevel.MODERATE))
            .toList();

    Evaluation e = Evaluation.of(oblique, screening::assess);

    assertThat(oblique).hasSizeGreaterThanOrEqualTo(50);
    assertThat(e.recallModeratePlus()).as("recall MODERATE+").isGreaterThanOrEqualTo(0.95);
    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void the_development_set_keeps_its_figures() throws IOException {
    Evaluation e =
        Evaluation.of(LabelledText.read(Path.of("corpus/crisis/dev.jsonl")), screening::assess);

    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(0.97);
    assertThat(e.recallModeratePlus()).as("recall MODERATE+").isGreaterThanOrEqualTo(0.97);
    assertThat(e.falseAlarmRate()).as("false alarms on NONE").isLessThanOrEqualTo(0.06);
  }

  @ParameterizedTest(name = "{0}: rules alone at most {1}")
  @CsvSource({"dev2.jsonl, 0.01", "dev3.jsonl, 0.02", "dev4.jsonl, 0.04"})
  void the_rule_fixes_written_from_retired_editions_hold(String file, double falseAlarms)
      throws IOException {
    List<LabelledText> retired = LabelledText.read(Path.of("corpus/crisis", file));

    assertThat(Evaluation.of(retired, FLOOR::assess).falseAlarmRate())
        .as("false alarms on NONE, rules alone")
        .isLessThanOrEqualTo(falseAlarms);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dev5.jsonl, 0.98, 0.96, 0.09, 0.02",
    "dev6.jsonl, 0.97, 0.97, 0.05, 0.01",
    "dev7.jsonl, 0.99, 0.99, 0.04, 0.01",
    "dev8.jsonl, 0.98, 0.97, 0.12, 0.045"
  })
  void the_retired_editions_outside_the_training_data_keep_their_figures(
      String file, double recallHigh, double recallModerate, double falseAlarms, double byRules)
      throws IOException {
    List<LabelledText> retired = LabelledText.read(Path.of("corpus/crisis", file));

    Evaluation e = Evaluation.of(retired, screening::assess);
    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(recallHigh);
    assertThat(e.recallModeratePlus())
        .as("recall MODERATE+")
        .isGreaterThanOrEqualTo(recallModerate);
    assertThat(e.falseAlarmRate()).as("false alarms on NONE").isLessThanOrEqualTo(falseAlarms);
    assertThat(Evaluation.of(retired, FLOOR::assess).falseAlarmRate())
        .as("false alarms on NONE, rules alone")
        .isLessThanOrEqualTo(byRules);
  }
}
