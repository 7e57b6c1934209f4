package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.function.Function;

/**
 * The commands' pipe format: one JSON object per line in, one per line out; blank lines skipped.
 */
final class JsonLines {

  private JsonLines() {}

  static void map(BufferedReader in, PrintStream out, Function<JsonObject, JsonObject> each)
      throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (!line.isBlank()) {
        out.println(each.apply(Json.createReader(new StringReader(line)).readObject()));
      }
    }
  }
}
