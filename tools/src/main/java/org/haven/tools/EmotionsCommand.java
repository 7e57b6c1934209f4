package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.haven.emotion.EmotionAnalyzer;
import org.haven.emotion.EmotionProfile;

/** {@code emotions}: JSON lines {@code {"id","text"}} in, one emotion profile per line out. */
final class EmotionsCommand {

  private final EmotionAnalyzer analyzer;

  EmotionsCommand(EmotionAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  void run(BufferedReader in, PrintStream out) throws IOException {
    JsonLines.map(
        in,
        out,
        input -> {
          EmotionProfile profile = analyzer.analyse(input.getString("text"));
          JsonObjectBuilder scores = Json.createObjectBuilder();
          profile.scores().forEach((e, s) -> scores.add(e.label(), rounded(s.score())));
          return Json.createObjectBuilder()
              .add("id", input.getString("id", ""))
              .add("dominant", profile.dominant().label())
              .add("scores", scores)
              .add("valence", rounded(profile.valence()))
              .add("arousal", rounded(profile.arousal()))
              .build();
        });
  }

  private static double rounded(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
