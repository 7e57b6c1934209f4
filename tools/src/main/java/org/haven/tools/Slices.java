package org.haven.tools;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.crisis.Assessment;

/**
 * The three figures for each slice of a labelled set, by how the texts are phrased (kind) and by
 * language, as the held-out set's datasheet asks: where the false alarms and the misses are.
 */
final class Slices {

  private Slices() {}

  /** The screening, remembering each text's assessment, so that several tables screen it once. */
  static Function<String, Assessment> once(Function<String, Assessment> screen) {
    Map<String, Assessment> screened = new HashMap<>();
    return text -> screened.computeIfAbsent(text, screen);
  }

  /** A markdown table of the figures for each value of {@code by}. */
  static String table(
      String heading,
      List<LabelledText> set,
      Function<LabelledText, String> by,
      Function<String, Assessment> screen) {
    Map<String, List<LabelledText>> slices =
        set.stream().collect(Collectors.groupingBy(by, TreeMap::new, Collectors.toList()));
    StringBuilder s =
        new StringBuilder(
            "| "
                + heading
                + " | texts | NONE raised to MODERATE+ | HIGH+ found at HIGH+ | MODERATE+ found at MODERATE+ |\n"
                + "|---|---|---|---|---|\n");
    slices.forEach(
        (name, slice) -> {
          Evaluation e = Evaluation.of(slice, screen);
          s.append(
              "| %s | %d | %s | %s | %s |%n"
                  .formatted(
                      name.isEmpty() ? "(none)" : name,
                      slice.size(),
                      e.falseAlarmsOfAll(),
                      e.highPlusFoundOfAll(),
                      e.moderatePlusFoundOfAll()));
        });
    return s.toString();
  }
}
