package org.haven.emotion.pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.platform.json.ClassPathJson;

/**
 * The phrases that cue each pattern, from a versioned data file, and the words that negate them
 * when they come just before ("I'm not grateful" is no gratitude cue).
 */
public final class CueBook {

  private static final String RESOURCE = "emotion/patterns/en.json";
  private static final int NEGATION_REACH = 3;
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:,\\n]");

  private final String version;
  private final Map<Cue, List<Pattern>> phrases;
  private final Set<String> negators;

  CueBook(String version, Map<Cue, List<Pattern>> phrases, Set<String> negators) {
    this.version = version;
    this.phrases = phrases;
    this.negators = negators;
  }

  public static CueBook fromClassPath() {
    return parse(ClassPathJson.read(RESOURCE));
  }

  static CueBook parse(JsonObject json) {
    Map<Cue, List<Pattern>> phrases = new EnumMap<>(Cue.class);
    JsonObject cues = json.getJsonObject("cues");
    for (String name : cues.keySet()) {
      phrases.put(
          Cue.valueOf(name),
          strings(cues.getJsonArray(name)).stream()
              .map(p -> Pattern.compile("\\b(?:" + p + ")\\b"))
              .toList());
    }
    return new CueBook(
        json.getString("version"), phrases, Set.copyOf(strings(json.getJsonArray("negators"))));
  }

  public String version() {
    return version;
  }

  /** The cues whose phrases occur in {@code text}, un-negated. */
  public Set<Cue> cuesIn(String text) {
    String plain = plain(text);
    Set<Cue> found = EnumSet.noneOf(Cue.class);
    phrases.forEach(
        (cue, patterns) -> {
          if (patterns.stream().anyMatch(p -> occursUnnegated(p.matcher(plain), plain))) {
            found.add(cue);
          }
        });
    return found;
  }

  private boolean occursUnnegated(Matcher m, String text) {
    while (m.find()) {
      if (!negated(text.substring(0, m.start()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the few words before a phrase, in the same clause, negates it. */
  private boolean negated(String before) {
    String[] clauses = CLAUSE_END.split(before, -1);
    String clause = clauses[clauses.length - 1];
    String[] words = clause.trim().split("[^\\p{L}']+");
    for (int i = Math.max(0, words.length - NEGATION_REACH); i < words.length; i++) {
      String word = words[i];
      if (negators.contains(word) || word.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .toLowerCase(Locale.ROOT);
  }

  private static List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
