package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.haven.emotion.Emotion;

/** One line of the emotion corpus: {@code {"id","text","label"}}. */
record EmotionExample(String id, String text, Emotion emotion) {

  static List<EmotionExample> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(EmotionExample::parse)
        .toList();
  }

  static EmotionExample parse(String line) {
    JsonObject o = Json.createReader(new StringReader(line)).readObject();
    return new EmotionExample(
        o.getString("id"), o.getString("text"), Emotion.ofLabel(o.getString("label")));
  }
}
