package org.haven.crisis.screening;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/**
 * Reads the rule book from {@code crisis/rules/} on the class path: {@code index.json} names the
 * version and one file per language; each file holds slang, context cues, signal rules and
 * escalation rules. A rule book that does not load throws; the screener then marks every assessment
 * "screening-failed", so each entry still reaches a clinician.
 */
final class RuleBookLoader {

  static final String DIRECTORY = "crisis/rules/";

  /**
   * A negation reaches a signal over at most three words, none of which starts a new clause: "no
   * thoughts of self harm" is negated, "no point i want to die" and "no choice but to" are not.
   */
  private static final String NOT_A_NEW_CLAUSE =
      "(?!(?:but|except|than|and|so|then|i|i'm|im|i'll|i've|ive|i'd|yo|je|j'ai|ich)\\b)";

  private final ClassLoader classLoader;

  RuleBookLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  RuleBook load() {
    JsonObject index = read("index.json");
    Map<String, String> slang = new HashMap<>();
    Cues cues = new Cues();
    List<SignalRule> signals = new ArrayList<>();
    List<EscalationRule> escalations = new ArrayList<>();
    for (JsonString file : index.getJsonArray("languages").getValuesAs(JsonString.class)) {
      JsonObject language = read(file.getString());
      language
          .getJsonObject("slang")
          .forEach((word, spelled) -> slang.put(word, ((JsonString) spelled).getString()));
      cues.add(language.getJsonObject("context"));
      language.getJsonArray("signals").forEach(rule -> signals.add(signal(rule.asJsonObject())));
      language
          .getJsonArray("escalations")
          .forEach(rule -> escalations.add(escalation(rule.asJsonObject())));
    }
    return new RuleBook(
        index.getString("version"),
        slang,
        cues.compile(),
        List.copyOf(signals),
        List.copyOf(escalations));
  }

  private static SignalRule signal(JsonObject rule) {
    return new SignalRule(
        rule.getString("id"),
        CrisisCategory.valueOf(rule.getString("category")),
        RiskLevel.valueOf(rule.getString("level")),
        rule.getJsonNumber("confidence").doubleValue(),
        rule.getBoolean("contextual", true),
        rule.getBoolean("negatable", true),
        rule.getBoolean("aboutTheWriter", true),
        AnchoredPattern.of(strings(rule.getJsonArray("patterns"))),
        AnchoredPattern.of(strings(rule.getJsonArray("unlessNearby"))));
  }

  private static EscalationRule escalation(JsonObject rule) {
    EnumSet<CrisisCategory> when = EnumSet.noneOf(CrisisCategory.class);
    strings(rule.getJsonArray("when")).forEach(c -> when.add(CrisisCategory.valueOf(c)));
    return new EscalationRule(
        rule.getString("id"),
        RiskLevel.valueOf(rule.getString("raiseTo")),
        when,
        rule.getBoolean("nearby", false),
        AnchoredPattern.of(strings(rule.getJsonArray("patterns"))));
  }

  static Pattern anyOf(List<String> patterns) {
    if (patterns.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")", Pattern.UNICODE_CASE);
  }

  private static List<String> strings(JsonArray array) {
    return array == null
        ? List.of()
        : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private JsonObject read(String name) {
    try (InputStream in = classLoader.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("Rule book file missing: " + DIRECTORY + name);
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Context cue patterns of every language, joined per kind. */
  private static final class Cues {
    private final Map<String, List<String>> byKind = new HashMap<>();

    void add(JsonObject context) {
      context.forEach(
          (kind, patterns) ->
              byKind
                  .computeIfAbsent(kind, k -> new ArrayList<>())
                  .addAll(strings((JsonArray) patterns)));
    }

    ContextCues compile() {
      return new ContextCues(
          anchored("idioms"),
          Pattern.compile(
              "(?:"
                  + String.join("|", list("negation"))
                  + ")(?:\\s+"
                  + NOT_A_NEW_CLAUSE
                  + "[\\p{L}']+){0,3}\\s*$"),
          kind("thirdPerson"),
          kind("firstPerson"),
          anchored("fiction"),
          anchored("past"),
          anchored("recent"),
          anchored("protective"));
    }

    private Pattern kind(String kind) {
      return anyOf(list(kind));
    }

    private AnchoredPattern anchored(String kind) {
      return AnchoredPattern.of(list(kind));
    }

    private List<String> list(String kind) {
      return byKind.getOrDefault(kind, List.of());
    }
  }
}
