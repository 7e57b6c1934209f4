package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.emotion.Emotion;
import org.haven.emotion.EmotionModel;
import org.haven.models.ProviderChoice;
import org.haven.platform.crypto.Sha256;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * {@code train-emotions}: fits a Tribuo logistic regression over MiniLM embeddings of the emotion
 * corpus's training split, exports it to ONNX, and evaluates the exported graph (through the
 * server's own {@link EmotionModel}) on the held-out split, which it never trains on.
 */
final class EmotionTrainCommand {

  private static final long SEED = 20261126L;
  private static final int EPOCHS = 40;
  private final SentenceEmbedder embedder = new SentenceEmbedder();
  private final PrintStream out;

  EmotionTrainCommand(PrintStream out) {
    this.out = out;
  }

  void run(Path corpusDir, Path outputDir, Path report) throws Exception {
    List<EmotionExample> training = EmotionExample.read(corpusDir.resolve("train.jsonl"));
    List<EmotionExample> heldOut = EmotionExample.read(corpusDir.resolve("heldout.jsonl"));
    Model<Label> model = fit(training);
    Files.createDirectories(outputDir);
    Path onnx = outputDir.resolve(EmotionModel.NAME + ".onnx");
    ((ONNXExportable) model).saveONNXModel("org.haven.emotion", 1, onnx);
    byte[] graph = Files.readAllBytes(onnx);
    String version = "1." + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "");
    List<String> labels = new ArrayList<>();
    for (int id = 0; id < model.getOutputIDInfo().size(); id++) {
      labels.add(model.getOutputIDInfo().getOutput(id).getLabel());
    }
    EmotionEvaluation evaluation;
    try (EmotionModel exported =
        EmotionModel.load(
            graph, metadata(graph, labels, version, training.size(), null), ProviderChoice.cpu())) {
      evaluation = evaluate(exported, heldOut);
    }
    Files.writeString(
        outputDir.resolve(EmotionModel.NAME + ".json"),
        metadata(graph, labels, version, training.size(), evaluation));
    Files.writeString(
        outputDir.resolve(EmotionModel.NAME + ".MODEL-CARD.md"),
        card(version, training.size(), heldOut.size(), evaluation, Sha256.hex(graph)));
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, report(version, training.size(), heldOut.size(), evaluation));
    out.printf(
        Locale.ROOT,
        "macro-F1 %.3f, accuracy %.3f on %d held-out sentences%n",
        evaluation.macroF1(),
        evaluation.accuracy(),
        heldOut.size());
  }

  private Model<Label> fit(List<EmotionExample> training) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> dataset =
        new MutableDataset<>(
            new SimpleDataSourceProvenance("haven emotion corpus", factory), factory);
    String[] names = TrainCommand.featureNames();
    List<float[]> vectors = embedder.embedAll(training.stream().map(EmotionExample::text).toList());
    for (int i = 0; i < training.size(); i++) {
      dataset.add(
          new ArrayExample<>(
              new Label(training.get(i).emotion().label()),
              names,
              TrainCommand.toDoubles(vectors.get(i))));
    }
    return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS, SEED)
        .train(dataset);
  }

  /** The model's top emotion for every held-out sentence, against its label. */
  EmotionEvaluation evaluate(EmotionModel model, List<EmotionExample> heldOut) {
    EmotionEvaluation evaluation = new EmotionEvaluation();
    List<float[]> vectors = embedder.embedAll(heldOut.stream().map(EmotionExample::text).toList());
    for (int i = 0; i < heldOut.size(); i++) {
      Emotion predicted =
          model.probabilities(vectors.get(i)).entrySet().stream()
              .max(Comparator.comparingDouble(Map.Entry::getValue))
              .orElseThrow()
              .getKey();
      evaluation.add(heldOut.get(i).emotion(), predicted);
    }
    return evaluation;
  }

  private static String metadata(
      byte[] graph, List<String> labels, String version, int examples, EmotionEvaluation e) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    var metadata =
        Json.createObjectBuilder()
            .add("name", EmotionModel.NAME)
            .add("version", version)
            .add("task", "emotion of one sentence")
            .add("format", "ONNX")
            .add("sha256", Sha256.hex(graph))
            .add("embedding", SentenceEmbedder.NAME)
            .add("features", SentenceEmbedder.DIMENSIONS)
            .add("labels", labelArray)
            .add("trainingExamples", examples);
    if (e != null) {
      metadata.add(
          "metrics",
          Json.createObjectBuilder()
              .add("heldOutMacroF1", Math.round(e.macroF1() * 1000) / 1000.0)
              .add("heldOutAccuracy", Math.round(e.accuracy() * 1000) / 1000.0));
    }
    return metadata.build().toString();
  }

  private static String card(
      String version, int trained, int heldOut, EmotionEvaluation e, String sha256) {
    return """
        # Model card: emotion %s

        - **Task**: the dominant emotion of one journal sentence: Plutchik's eight (joy, trust, fear,
          surprise, sadness, disgust, anger, anticipation) or neutral.
        - **Inputs**: 384-dimensional MiniLM-L6-v2 (quantised) sentence embeddings, computed in process.
        - **Model**: Tribuo multinomial logistic regression (LinearSGD, LogMulticlass, AdaGrad), exported to ONNX.
        - **Data**: tools/corpus/emotion (see DATASHEET.md): %d training sentences; %d held-out sentences
          used only for the figures below.
        - **Held-out**: macro-F1 %.3f, accuracy %.3f (per emotion: docs/models/emotion.md).
        - **Limits**: synthetic English data from one author; one label per sentence although people
          often feel several things; not validated on real journals.
        - **SHA-256 of the ONNX graph**: `%s`
        - **Rebuild**: `java -jar tools/target/haven-cli.jar train-emotions tools/corpus/emotion services/src/main/resources/emotion/model docs/models/emotion.md`
        """
        .formatted(version, trained, heldOut, e.macroF1(), e.accuracy(), sha256);
  }

  private static String report(String version, int trained, int heldOut, EmotionEvaluation e) {
    return """
        # Emotion model: held-out evaluation

        Model `emotion@%s`, trained on %d sentences of `tools/corpus/emotion/train.jsonl` and
        evaluated here on the %d sentences of `heldout.jsonl`, which training never saw, through the
        exported ONNX graph as the server runs it. Written by `haven-cli train-emotions`; do not edit
        by hand.

        **Macro-F1 over the nine classes: %.3f** (accuracy %.3f).

        %s
        Caveat: the same author wrote both splits (see the datasheet), so these figures are likely
        higher than on real journals.
        """
        .formatted(version, trained, heldOut, e.macroF1(), e.accuracy(), e.markdown());
  }
}
