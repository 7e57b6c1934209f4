package org.haven.crisis.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.haven.crisis.Assessment;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CombinedScreeningTest {

  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();
  private static LevelModel model;
  private static CombinedScreening withModel;

  @BeforeAll
  static void loadTheShippedModel() {
    model = LevelModel.fromClassPath(CombinedScreeningTest.class.getClassLoader());
    withModel =
        new CombinedScreening(
            FLOOR, Optional.of(new LearnedScreening(new SentenceEmbedder(), model)));
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  @Test
  void the_model_never_lowers_what_the_rules_found() {
    String text = "I want to kill myself.";

    assertThat(withModel.assess(text).level()).isGreaterThanOrEqualTo(RiskLevel.HIGH);
    assertThat(withModel.assess(text).decidedBy())
        .anyMatch(d -> d.startsWith("model:crisis-level@"));
  }

  @Test
  void a_critical_finding_by_the_rules_is_answered_without_waiting_for_the_model() {
    Assessment a = withModel.assess("I want to kill myself tonight.");

    assertThat(a.level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(a.degraded()).isEmpty();
    assertThat(a.decidedBy()).noneMatch(d -> d.startsWith("model:"));
  }

  @Test
  void without_a_model_the_floor_still_screens_and_says_it_is_degraded() {
    Assessment a =
        new CombinedScreening(FLOOR, Optional.empty()).assess("I cut myself again last night.");

    assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.degraded()).containsExactly(CombinedScreening.MODEL_UNAVAILABLE);
  }

  @Test
  void a_model_that_fails_mid_request_leaves_the_floor_in_charge() throws Exception {
    LevelModel closed = LevelModel.fromClassPath(CombinedScreeningTest.class.getClassLoader());
    closed.close();
    var broken = new LearnedScreening(new SentenceEmbedder(), closed);

    Assessment a =
        new CombinedScreening(FLOOR, Optional.of(broken)).assess("I want to kill myself.");

    assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.degraded()).contains(CombinedScreening.MODEL_UNAVAILABLE);
  }

  @Test
  void a_corrupted_model_file_is_refused_by_its_checksum(@TempDir Path dir) throws IOException {
    Path shipped = Path.of("src/main/resources/crisis/model");
    byte[] graph = Files.readAllBytes(shipped.resolve("crisis-level.onnx"));
    graph[graph.length / 2] ^= 0x5A;
    Files.write(dir.resolve("crisis-level.onnx"), graph);
    Files.copy(shipped.resolve("crisis-level.json"), dir.resolve("crisis-level.json"));

    assertThatThrownBy(() -> LevelModel.fromDirectory(dir)).hasMessageContaining("checksum");
  }

  @Test
  void model_metadata_names_labels_thresholds_and_checksum() throws IOException {
    var meta =
        Json.createReader(
                Files.newBufferedReader(
                    Path.of("src/main/resources/crisis/model/crisis-level.json")))
            .readObject();

    assertThat(meta.getJsonArray("labels")).hasSize(RiskLevel.values().length);
    assertThat(meta.getJsonObject("thresholds").keySet()).contains("MODERATE", "HIGH", "CRITICAL");
    assertThat(meta.getString("sha256")).hasSize(64);
  }
}
