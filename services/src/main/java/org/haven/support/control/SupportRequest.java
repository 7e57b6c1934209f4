package org.haven.support.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.emotion.Emotion;
import org.haven.support.intervention.Situation;

/**
 * What support for an entry was planned from, kept with it (no journal text) so the LLM job plans
 * the same way: the situation, the person's locale, and whether a case went to the care team.
 */
public record SupportRequest(Situation situation, Locale locale, boolean careTeam) {

  String json() {
    var categories = Json.createArrayBuilder();
    situation.categories().stream().map(Enum::name).sorted().forEach(categories::add);
    var json =
        Json.createObjectBuilder()
            .add("level", situation.level().name())
            .add("categories", categories)
            .add("locale", locale.toLanguageTag())
            .add("careTeam", careTeam);
    situation.emotion().ifPresent(e -> json.add("emotion", e.name()));
    return json.build().toString();
  }

  static SupportRequest fromJson(String text) {
    JsonObject json = Json.createReader(new StringReader(text)).readObject();
    return new SupportRequest(
        new Situation(
            RiskLevel.valueOf(json.getString("level")),
            json.getJsonArray("categories").getValuesAs(JsonString.class).stream()
                .map(c -> CrisisCategory.valueOf(c.getString()))
                .collect(Collectors.toSet()),
            Optional.ofNullable(json.getString("emotion", null)).map(Emotion::valueOf)),
        Locale.forLanguageTag(json.getString("locale")),
        json.getBoolean("careTeam"));
  }
}
