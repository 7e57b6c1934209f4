package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.haven.crisis.Evidence;
import org.haven.crisis.RiskLevel;
import org.haven.models.ModelUpload;
import org.haven.models.ProviderChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate's mechanics on the shipped graph, with gates chosen to make the outcome certain: one
 * that always applies and that no sentence can clear, and one that never applies.
 */
class ContextGateTest {

  private static final String RISK = "I have counted the pills and I will take them all tonight.";
  private static final String SHORT = "Walked the dog after work. " + RISK;
  private static final String LONG =
      "Walked the dog along the canal after work and stopped at the bakery for bread. ".repeat(8)
          + RISK;
  private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();
  private static LevelModel ungated;
  private static LevelModel closed;
  private static LevelModel open;

  @BeforeAll
  static void load() {
    ModelUpload shipped = LevelModel.upload(ContextGateTest.class.getClassLoader());
    JsonObject meta = Json.createReader(new StringReader(shipped.metadata())).readObject();
    ungated = withGate(shipped, meta, null);
    closed = withGate(shipped, meta, gate(1.01, 2));
    open = withGate(shipped, meta, gate(0, 2));
  }

  @AfterAll
  static void close() throws Exception {
    for (LevelModel m : List.of(ungated, closed, open)) {
      m.close();
    }
  }

  @Test
  void a_model_without_a_gate_has_none() {
    assertThat(ungated.contextGate()).isEmpty();
    assertThat(closed.contextGate()).isPresent();
  }

  @Test
  void a_gate_reads_back_from_metadata_as_it_was_written() {
    ContextGate gate = new ContextGate(0.2, new RaiseThresholds(0.8, 0.7, 0.8));

    var meta = Json.createObjectBuilder().add(ContextGate.METADATA_KEY, gate.toJson()).build();

    assertThat(ContextGate.from(meta)).contains(gate);
  }

  @Test
  void when_the_gate_applies_only_the_whole_entry_can_raise_a_sentence_it_saw() {
    var plain = new LearnedScreening(EMBEDDER, ungated).assess(SHORT, List.of());
    var gated = new LearnedScreening(EMBEDDER, closed).assess(SHORT, List.of());

    assertThat(plain.evidence()).extracting(Evidence::start).contains(SHORT.indexOf(RISK));
    assertThat(gated.evidence()).extracting(Evidence::start).doesNotContain(SHORT.indexOf(RISK));
  }

  @Test
  void a_sentence_past_what_the_whole_reading_saw_keeps_the_usual_thresholds() {
    assertThat(EMBEDDER.charsSeen(LONG)).isLessThan(LONG.indexOf(RISK));

    var gated = new LearnedScreening(EMBEDDER, closed).assess(LONG, List.of());
    var plain = new LearnedScreening(EMBEDDER, ungated).assess(LONG, List.of());

    assertThat(gated.level()).isEqualTo(plain.level()).isGreaterThan(RiskLevel.MODERATE);
    assertThat(gated.evidence()).extracting(Evidence::start).contains(LONG.indexOf(RISK));
  }

  @Test
  void a_lone_sentence_left_by_the_rules_is_gated_by_the_whole_entry_it_stands_in() {
    Evidence benign = new Evidence(0, SHORT.indexOf(RISK), "rules");

    var plain = new LearnedScreening(EMBEDDER, ungated).assess(SHORT, List.of(benign));
    var gated = new LearnedScreening(EMBEDDER, closed).assess(SHORT, List.of(benign));

    assertThat(plain.evidence()).extracting(Evidence::start).containsExactly(SHORT.indexOf(RISK));
    assertThat(gated.level()).isEqualTo(RiskLevel.NONE);
  }

  @Test
  void a_whole_read_only_for_context_never_raises_by_itself() {
    Evidence benign = new Evidence(0, SHORT.indexOf(RISK), "rules");

    var verdict = new LearnedScreening(EMBEDDER, open).assess(SHORT, List.of(benign));

    assertThat(verdict.evidence())
        .extracting(Evidence::start)
        .containsOnly(SHORT.indexOf(RISK))
        .doesNotContain(0);
  }

  @Test
  void a_gate_whose_condition_is_not_met_changes_nothing() {
    for (String text : List.of(SHORT, LONG)) {
      assertThat(new LearnedScreening(EMBEDDER, open).assess(text, List.of()))
          .isEqualTo(new LearnedScreening(EMBEDDER, ungated).assess(text, List.of()));
    }
  }

  private static JsonObject gate(double wholeBelow, double strict) {
    return Json.createObjectBuilder()
        .add("wholeBelow", wholeBelow)
        .add(
            "strict",
            Json.createObjectBuilder()
                .add("MODERATE", strict)
                .add("HIGH", strict)
                .add("CRITICAL", strict))
        .build();
  }

  private static LevelModel withGate(ModelUpload shipped, JsonObject meta, JsonObject gate) {
    var builder = Json.createObjectBuilder(meta).remove(ContextGate.METADATA_KEY);
    if (gate != null) {
      builder.add(ContextGate.METADATA_KEY, gate);
    }
    return LevelModel.load(shipped.onnx(), builder.build().toString(), ProviderChoice.cpu());
  }
}
