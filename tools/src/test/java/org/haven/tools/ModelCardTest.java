package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.haven.tools.TrainCommand.Thresholds;
import org.junit.jupiter.api.Test;

class ModelCardTest {

  private static final Thresholds THRESHOLDS = new Thresholds(0.56, 0.3, 0.5, 0.97, 0.97, 0.12);

  @Test
  void the_rebuild_command_names_every_corpus_in_order_and_the_tuning_sets() {
    String card =
        ModelCard.write(
            "1.test",
            5789,
            473,
            List.of(Path.of("train.jsonl"), Path.of("dev2.jsonl")),
            List.of(Path.of("dev.jsonl")),
            THRESHOLDS,
            "abc",
            10);

    assertThat(card)
        .contains(
            "train train.jsonl,dev2.jsonl services/src/main/resources/crisis/model dev.jsonl`")
        .contains("5789 texts of train.jsonl, dev2.jsonl for fitting")
        .contains("473 texts of the separately written dev.jsonl")
        .contains("under 0.20,")
        .contains("needs MODERATE 0.80, HIGH 0.70, CRITICAL 0.80");
  }

  @Test
  void without_tuning_sets_the_card_says_the_thresholds_were_tuned_on_held_back_texts() {
    String card =
        ModelCard.write(
            "1.test", 80, 20, List.of(Path.of("train.jsonl")), List.of(), THRESHOLDS, "abc", 10);

    assertThat(card)
        .contains("train train.jsonl services/src/main/resources/crisis/model`")
        .contains("20 texts held back from them");
  }
}
