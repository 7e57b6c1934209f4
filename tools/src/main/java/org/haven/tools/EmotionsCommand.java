package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import org.haven.emotion.EmotionAnalyzer;
import org.haven.emotion.EmotionProfile;

/** {@code emotions}: JSON lines {@code {"id","text"}} in, one emotion profile per line out. */
final class EmotionsCommand {

  private final EmotionAnalyzer analyzer;

  EmotionsCommand(EmotionAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  void run(BufferedReader in, PrintStream out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject input = Json.createReader(new StringReader(line)).readObject();
      EmotionProfile profile = analyzer.analyse(input.getString("text"));
      JsonObjectBuilder scores = Json.createObjectBuilder();
      profile.scores().forEach((e, s) -> scores.add(e.label(), rounded(s.score())));
      out.println(
          Json.createObjectBuilder()
              .add("id", input.getString("id", ""))
              .add("dominant", profile.dominant().label())
              .add("scores", scores)
              .add("valence", rounded(profile.valence()))
              .add("arousal", rounded(profile.arousal()))
              .build());
    }
  }

  private static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
