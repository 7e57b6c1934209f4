package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import org.haven.emotion.EmotionModel;
import org.haven.models.ModelUpload;
import org.haven.models.ProviderChoice;
import org.junit.jupiter.api.Test;

/** The shipped emotion model keeps the figure docs/models/emotion.md publishes. */
class EmotionRegressionTest {

  private static final Path HELD_OUT = Path.of("corpus/emotion/heldout.jsonl");
  private static final double MACRO_F1_FLOOR = 0.70;

  @Test
  void the_shipped_model_reaches_the_macro_f1_floor_on_the_held_out_sentences() throws Exception {
    ModelUpload shipped =
        ModelUpload.fromClassPath(getClass().getClassLoader(), EmotionModel.RESOURCE);
    try (EmotionModel model = EmotionModel.fromUpload(shipped, ProviderChoice.cpu())) {
      EmotionEvaluation evaluation =
          new EmotionTrainCommand(new PrintStream(PrintStream.nullOutputStream()))
              .evaluate(model, EmotionExample.read(HELD_OUT));

      assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(MACRO_F1_FLOOR);
    }
  }
}
