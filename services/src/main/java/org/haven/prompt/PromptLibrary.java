package org.haven.prompt;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.haven.emotion.Emotion;
import org.haven.emotion.pattern.PatternKind;
import org.haven.platform.json.ClassPathJson;

/** The reviewed prompts, from {@code prompts/en.json}. */
public record PromptLibrary(String version, List<Prompt> prompts) {

  private static final String RESOURCE = "prompts/en.json";

  public static PromptLibrary fromClassPath() {
    JsonObject json = ClassPathJson.read(RESOURCE);
    return new PromptLibrary(
        json.getString("version"),
        json.getJsonArray("prompts").getValuesAs(JsonObject.class).stream()
            .map(PromptLibrary::prompt)
            .toList());
  }

  private static Prompt prompt(JsonObject p) {
    return new Prompt(
        p.getString("id"),
        p.getString("text"),
        p.getString("technique"),
        names(p.getJsonArray("emotions"), Emotion.class, Emotion::valueOf),
        names(p.getJsonArray("patterns"), PatternKind.class, PatternKind::valueOf),
        p.getBoolean("safeInCrisis"));
  }

  private static <E extends Enum<E>> Set<E> names(
      JsonArray array, Class<E> type, Function<String, E> parse) {
    Set<E> set = EnumSet.noneOf(type);
    array.getValuesAs(JsonString.class).forEach(s -> set.add(parse.apply(s.getString())));
    return set;
  }
}
