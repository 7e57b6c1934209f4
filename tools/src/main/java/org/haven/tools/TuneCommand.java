package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.models.ModelUpload;

/**
 * {@code tune}: the thresholds {@code train} would choose for an already trained graph, on the
 * tuning corpora given, read as one. The graph is not refitted; nothing is written.
 */
final class TuneCommand {

  private final PrintStream out;

  TuneCommand(PrintStream out) {
    this.out = out;
  }

  void run(Path modelDir, List<Path> tuningCorpora, double targetRecall) throws IOException {
    ModelUpload model = LevelModel.upload(modelDir);
    JsonObject meta = Json.createReader(new StringReader(model.metadata())).readObject();
    List<String> labels =
        meta.getJsonArray("labels").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    List<LabelledText> tuning = LabelledText.readAll(tuningCorpora);
    TrainCommand.Thresholds thresholds =
        new ThresholdTuner(new SentenceEmbedder(), targetRecall, TrainCommand.FALSE_ALARM_BUDGET)
            .tune(tuning, model.onnx(), labels);
    out.printf(
        "%s on %d texts: thresholds MODERATE %.2f, HIGH %.2f, CRITICAL %.2f;"
            + " recall MODERATE+ %.3f, HIGH+ %.3f (counted up to %.2f), false alarms %.3f%n",
        meta.getString("version"),
        tuning.size(),
        thresholds.moderate(),
        thresholds.high(),
        thresholds.critical(),
        thresholds.recallModerate(),
        thresholds.recallHigh(),
        targetRecall,
        thresholds.falseAlarms());
  }
}
