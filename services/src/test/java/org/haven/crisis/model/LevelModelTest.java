package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.haven.crisis.RiskLevel;
import org.junit.jupiter.api.Test;

class LevelModelTest {

  private static final String TEXT = "Gave the cat to my sister. Letters are on the table.";

  @Test
  void the_shipped_graph_reads_the_words_as_well_as_the_embedding() throws Exception {
    try (LevelModel model = LevelModel.fromClassPath(getClass().getClassLoader())) {
      float[] embedding = new SentenceEmbedder().embedAll(List.of(TEXT)).get(0);

      Map<RiskLevel, Double> withWords = model.probabilities(embedding, TEXT);
      Map<RiskLevel, Double> withoutWords = model.probabilities(embedding, "");

      assertThat(withWords).isNotEqualTo(withoutWords);
      assertThat(withWords.values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void sentences_scored_together_get_what_each_gets_alone() throws Exception {
    List<String> sentences =
        List.of("Gave the cat to my sister.", "Letters are on the table.", TEXT, "Rough day.");
    try (LevelModel model = LevelModel.fromClassPath(getClass().getClassLoader())) {
      List<float[]> embeddings = new SentenceEmbedder().embedAll(sentences);

      List<Map<RiskLevel, Double>> together = model.probabilities(embeddings, sentences);

      for (int i = 0; i < sentences.size(); i++) {
        Map<RiskLevel, Double> alone = model.probabilities(embeddings.get(i), sentences.get(i));
        for (RiskLevel level : RiskLevel.values()) {
          assertThat(together.get(i).get(level)).isCloseTo(alone.get(level), within(1e-5));
        }
      }
    }
  }
}
