package org.haven.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.haven.tools.TrainCommand.Thresholds;

/** The model card written beside a trained crisis model. */
final class ModelCard {

  private ModelCard() {}

  static String write(
      String version,
      int trained,
      int tuned,
      List<Path> corpora,
      List<Path> tuning,
      Thresholds t,
      String sha256,
      int lexiconTerms) {
    return """
        # Model card: crisis-level %s

        - **Task**: the crisis level (NONE, LOW, MODERATE, HIGH, CRITICAL) of one sentence of a journal
          entry, or of a whole entry of several sentences.
        - **Inputs**: the 384-dimensional MiniLM-L6-v2 (quantised) sentence embedding, computed in
          process, and the text's words and word pairs as sublinear tf-idf weights over a lexicon of
          %d terms found in at least two training texts (stored in the graph's metadata).
        - **Model**: one ONNX graph averaging two Tribuo classifiers, weighted %.1f and %.1f: a support
          vector machine over the embedding (LibSVM C-SVC, RBF kernel, C 3, gamma 1, Platt
          probability estimates, one-against-one; its kernel written as matrix products, with the
          same probabilities as ONNX-ML's SVMClassifier to 1e-5) and a multinomial logistic
          regression over the words (LinearSGD, log loss, AdaGrad %.1f, %d epochs).
        - **Data**: the project's synthetic, first-person texts (see TRAINING-DATASHEET.md and the
          datasheets beside each file): %d texts of %s for fitting; %d %s to tune the thresholds below.
          No line of the held-out set (eval.jsonl) was used for fitting or tuning; its summary figures
          decide whether a trained model ships (docs/safety/crisis-screening.md).
        - **Use**: only together with the deterministic rule floor, which it may raise but never lower.
          Scored per sentence and, for entries of several sentences, as a whole; the most urgent decides.
        - **Thresholds** (probability of at least that level): MODERATE %.2f, HIGH %.2f, CRITICAL %.2f.
          Chosen for recall of MODERATE+ and HIGH+ first, then the fewest alarms on benign texts.
        - **Context gate**: when the whole entry's probability of MODERATE or above is under %.2f,
          each sentence the whole reading saw needs MODERATE %.2f, HIGH %.2f, CRITICAL %.2f to raise
          it (a fixed setting, not tuned with the thresholds; docs/safety/crisis-screening.md).
        - **Limits**: synthetic data written by the project, mostly English; not validated on real
          journals or by clinicians; embeddings truncate long sentences; words never seen in training
          count for nothing. A clinician reviews every HIGH and CRITICAL entry; the model never
          decides alone.
        - **SHA-256 of the ONNX graph**: `%s`
        - **Rebuild**: `java -jar tools/target/haven-cli.jar train %s services/src/main/resources/crisis/model%s`
        """
        .formatted(
            version,
            lexiconTerms,
            1 - TrainCommand.WORDS_WEIGHT,
            TrainCommand.WORDS_WEIGHT,
            LexicalFit.LEARNING_RATE,
            LexicalFit.EPOCHS,
            trained,
            names(corpora, ", "),
            tuned,
            tuning.isEmpty()
                ? "texts held back from them"
                : "texts of the separately written " + names(tuning, ", "),
            t.moderate(),
            t.high(),
            t.critical(),
            TrainCommand.CONTEXT_GATE.wholeBelow(),
            TrainCommand.CONTEXT_GATE.strict().moderate(),
            TrainCommand.CONTEXT_GATE.strict().high(),
            TrainCommand.CONTEXT_GATE.strict().critical(),
            sha256,
            names(corpora, ","),
            tuning.isEmpty() ? "" : " " + names(tuning, " "));
  }

  private static String names(List<Path> paths, String separator) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(separator));
  }
}
