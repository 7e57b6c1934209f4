package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.Lexicon;
import org.haven.crisis.model.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

class CombinedGraphTest {

  private static final String TEXT =
      "Gave my guitar to my nephew. He plays better than I ever did.";
  private final SentenceEmbedder embedder = new SentenceEmbedder();

  @Test
  void the_graph_averages_what_tribuo_predicts_for_each_half() throws Exception {
    List<LabelledText> all = LabelledText.read(Path.of("corpus/crisis/train.jsonl"));
    List<LabelledText> sample =
        IntStream.range(0, all.size()).filter(i -> i % 40 == 0).mapToObj(all::get).toList();
    Model<Label> overEmbedding = TrainCommand.fitOverEmbeddings(sample, embedder);
    Lexicon lexicon = Lexicon.of(sample.stream().map(LabelledText::text).toList(), 2);
    Model<Label> overWords = LexicalFit.fit(sample, lexicon, 7L);
    byte[] graph = CombinedGraph.build(overEmbedding, overWords, lexicon, 0.5);
    float[] embedding = embedder.embedAll(List.of(TEXT)).get(0);

    Map<String, Double> fromEmbedding =
        scores(
            overEmbedding,
            new ArrayExample<>(
                LabelFactory.UNKNOWN_LABEL,
                TrainCommand.featureNames(),
                TrainCommand.toDoubles(embedding)));
    Map<String, Double> fromWords =
        scores(overWords, LexicalFit.example(LabelFactory.UNKNOWN_LABEL, lexicon.vector(TEXT)));
    try (LevelModel model =
        LevelModel.of(
            graph, ThresholdTuner.candidate(graph, CombinedGraph.labelOrder(overEmbedding)))) {
      Map<RiskLevel, Double> combined = model.probabilities(embedding, TEXT);

      for (RiskLevel level : RiskLevel.values()) {
        double expected = (fromEmbedding.get(level.name()) + fromWords.get(level.name())) / 2;
        assertThat(combined.get(level)).as(level.name()).isCloseTo(expected, within(1e-4));
      }
      assertThat(combined.values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, within(1e-4));
    }
  }

  private static Map<String, Double> scores(Model<Label> model, ArrayExample<Label> example) {
    var prediction = model.predict(example);
    return prediction.getOutputScores().entrySet().stream()
        .collect(
            java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getScore()));
  }
}
