package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.List;
import org.haven.crisis.model.LevelModel;
import org.haven.emotion.EmotionModel;
import org.haven.models.ModelUpload;
import org.haven.platform.crypto.Sha256;

/** {@code models}: the models this build ships, each checked against its declared SHA-256. */
final class ModelsCommand {

  private static final List<String> SHIPPED = List.of(LevelModel.RESOURCE, EmotionModel.RESOURCE);

  private ModelsCommand() {}

  /** Answers the exit status: 0 when every artifact matches its checksum, 1 otherwise. */
  static int run(PrintStream out) {
    int status = 0;
    for (String resource : SHIPPED) {
      ModelUpload model = ModelUpload.fromClassPath(ModelsCommand.class.getClassLoader(), resource);
      JsonObject meta = Json.createReader(new StringReader(model.metadata())).readObject();
      String declared = meta.getString("sha256");
      boolean matches = declared.equals(Sha256.hex(model.onnx()));
      out.printf(
          "%s@%s  %s  %s  %s%n",
          model.name(),
          model.version(),
          model.task(),
          declared,
          matches ? "checksum ok" : "CHECKSUM MISMATCH");
      status = matches ? status : 1;
    }
    return status;
  }
}
