package org.haven.support.intervention;

import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.emotion.Emotion;
import org.haven.support.knowledge.PassageJson;

/** A rule's "when": every part it names must hold; an empty condition always holds. */
record Condition(
    Optional<RiskLevel> minLevel, Set<CrisisCategory> anyCategory, Set<Emotion> anyEmotion) {

  static Condition of(JsonObject when) {
    return new Condition(
        Optional.ofNullable(when.getString("minLevel", null)).map(RiskLevel::valueOf),
        names(when, "categories").stream().map(CrisisCategory::valueOf).collect(Collectors.toSet()),
        names(when, "emotions").stream().map(Emotion::valueOf).collect(Collectors.toSet()));
  }

  boolean holds(Situation s) {
    return minLevel.map(s.level()::isAtLeast).orElse(true)
        && (anyCategory.isEmpty() || s.categories().stream().anyMatch(anyCategory::contains))
        && (anyEmotion.isEmpty() || s.emotion().filter(anyEmotion::contains).isPresent());
  }

  static Set<String> names(JsonObject json, String field) {
    return json.containsKey(field)
        ? Set.copyOf(PassageJson.strings(json.getJsonArray(field)))
        : Set.of();
  }
}
