package org.haven.emotion.pattern;

import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import org.haven.platform.json.ClassPathJson;

/**
 * The thresholds that turn cues into patterns, and the words each pattern is described with, from
 * {@code emotion/patterns/patterns.json}.
 *
 * @param minEntries entries in the window before any pattern is reported
 * @param minCuedEntries entries showing a cue before its pattern is reported
 * @param negativeRun consecutive entries dominated by the same unpleasant emotion that also count
 *     as rumination
 * @param trendEntries the latest entries whose valence trend is read for escalation
 * @param escalationSlope valence change per entry at or below which the trend escalates
 */
public record PatternRules(
    String version,
    int minEntries,
    int minCuedEntries,
    int negativeRun,
    int trendEntries,
    double escalationSlope,
    Map<PatternKind, String> descriptions) {

  private static final String RESOURCE = "emotion/patterns/patterns.json";

  public static PatternRules fromClassPath() {
    JsonObject json = ClassPathJson.read(RESOURCE);
    Map<PatternKind, String> descriptions = new EnumMap<>(PatternKind.class);
    JsonObject described = json.getJsonObject("descriptions");
    described
        .keySet()
        .forEach(k -> descriptions.put(PatternKind.valueOf(k), described.getString(k)));
    return new PatternRules(
        json.getString("version"),
        json.getInt("minEntries"),
        json.getInt("minCuedEntries"),
        json.getInt("negativeRun"),
        json.getInt("trendEntries"),
        json.getJsonNumber("escalationSlope").doubleValue(),
        Map.copyOf(descriptions));
  }
}
