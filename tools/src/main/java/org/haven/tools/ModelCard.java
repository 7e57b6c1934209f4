package org.haven.tools;

import org.haven.tools.TrainCommand.Thresholds;

/** The model card written beside a trained crisis model. */
final class ModelCard {

  private ModelCard() {}

  static String write(
      String version, int trained, int tuned, boolean separateTuning, Thresholds t, String sha256) {
    return """
        # Model card: crisis-level %s

        - **Task**: the crisis level (NONE, LOW, MODERATE, HIGH, CRITICAL) of one sentence of a journal
          entry, or of a whole entry of several sentences.
        - **Inputs**: 384-dimensional MiniLM-L6-v2 (quantised) sentence embeddings, computed in process.
        - **Model**: Tribuo support vector machine (LibSVM C-SVC, RBF kernel, C 3, gamma 1, Platt
          probability estimates, one-against-one), exported to ONNX.
        - **Data**: the project's synthetic, first-person training corpus (tools/corpus/crisis/train.jsonl,
          see TRAINING-DATASHEET.md): %d texts for fitting;
          %d %s to tune the thresholds below. The held-out evaluation set (eval.jsonl) was never used.
        - **Use**: only together with the deterministic rule floor, which it may raise but never lower.
          Scored per sentence and, for entries of several sentences, as a whole; the most urgent decides.
        - **Thresholds** (probability of at least that level): MODERATE %.2f, HIGH %.2f, CRITICAL %.2f.
          Chosen for recall of MODERATE+ and HIGH+ first, then the fewest alarms on benign texts.
        - **Limits**: synthetic data written by the project, mostly English; not validated on real
          journals or by clinicians; embeddings truncate long sentences. A clinician reviews every HIGH
          and CRITICAL entry; the model never decides alone.
        - **SHA-256 of the ONNX graph**: `%s`
        - **Rebuild**: `java -jar tools/target/haven-cli.jar train tools/corpus/crisis/train.jsonl services/src/main/resources/crisis/model tools/corpus/crisis/dev.jsonl`
        """
        .formatted(
            version,
            trained,
            tuned,
            separateTuning
                ? "texts of the separately written development set (dev.jsonl)"
                : "held back from the corpus",
            t.moderate(),
            t.high(),
            t.critical(),
            sha256);
  }
}
