package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/**
 * One line of a labelled set: the text, its gold level and categories, how it is phrased (kind) and
 * its language.
 */
record LabelledText(
    String id,
    String text,
    RiskLevel level,
    Set<CrisisCategory> categories,
    String kind,
    String locale) {

  static List<LabelledText> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(LabelledText::parse)
        .toList();
  }

  /** Several corpora read as one, in the order given. */
  static List<LabelledText> readAll(List<Path> files) throws IOException {
    List<LabelledText> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(read(file));
    }
    return all;
  }

  static LabelledText parse(String line) {
    JsonObject o = Json.createReader(new StringReader(line)).readObject();
    Set<CrisisCategory> categories =
        o.containsKey("categories")
            ? o.getJsonArray("categories").getValuesAs(JsonString.class).stream()
                .map(s -> CrisisCategory.valueOf(s.getString()))
                .collect(Collectors.toSet())
            : Set.of();
    return new LabelledText(
        o.getString("id"),
        o.getString("text"),
        RiskLevel.valueOf(o.getString("level")),
        categories,
        o.getString("kind", ""),
        o.getString("locale", ""));
  }
}
