package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.screening.CombinedScreening;
import org.haven.crisis.screening.RuleFloor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the screening to the figures it has reached on the held-out set, so no change to rules or
 * model makes it worse unnoticed. The targets (0.95 recall, 5% false alarms) are higher;
 * docs/safety/evaluation.md shows where it stands. Raise these floors as the screening improves.
 */
class ScreeningRegressionTest {

  private static final Path HELD_OUT = Path.of("corpus/crisis/eval.jsonl");
  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();
  private static LevelModel model;
  private static List<LabelledText> set;

  @BeforeAll
  static void load() throws IOException {
    set = LabelledText.read(HELD_OUT);
    model = LevelModel.fromClassPath(ScreeningRegressionTest.class.getClassLoader());
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  @Test
  void rules_and_model_keep_their_recall_and_false_alarm_rate() {
    var screening =
        new CombinedScreening(
            FLOOR, Optional.of(new LearnedScreening(new SentenceEmbedder(), model)));

    Evaluation e = Evaluation.of(set, screening::assess);

    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(0.89);
    assertThat(e.recallModeratePlus()).as("recall MODERATE+").isGreaterThanOrEqualTo(0.95);
    assertThat(e.falseAlarmRate()).as("false alarms on NONE").isLessThanOrEqualTo(0.22);
  }

  @Test
  void the_rules_alone_keep_their_floor() {
    Evaluation e = Evaluation.of(set, FLOOR::assess);

    assertThat(e.recallHighPlus()).as("recall HIGH+").isGreaterThanOrEqualTo(0.46);
    assertThat(e.recallModeratePlus()).as("recall MODERATE+").isGreaterThanOrEqualTo(0.43);
    assertThat(e.falseAlarmRate()).as("false alarms on NONE").isLessThanOrEqualTo(0.09);
  }

  @Test
  void the_held_out_set_is_big_enough_to_mean_something() {
    assertThat(set).hasSizeGreaterThanOrEqualTo(300);
  }
}
