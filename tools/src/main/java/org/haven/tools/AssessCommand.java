package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Function;
import org.haven.crisis.Assessment;

/** {@code assess}: JSON lines in, one line per input out, with level, categories and confidence. */
final class AssessCommand {

  private final Function<String, Assessment> screen;

  AssessCommand(Function<String, Assessment> screen) {
    this.screen = screen;
  }

  void run(BufferedReader in, PrintStream out) throws IOException {
    JsonLines.map(
        in,
        out,
        input -> {
          Assessment a = screen.apply(input.getString("text"));
          JsonArrayBuilder categories = Json.createArrayBuilder();
          a.categories().forEach(c -> categories.add(c.name()));
          return Json.createObjectBuilder()
              .add("id", input.getString("id", ""))
              .add("level", a.level().name())
              .add("categories", categories)
              .add("confidence", Math.round(a.confidence() * 100) / 100.0)
              .build();
        });
  }
}
