package org.haven.support.gate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.platform.json.ClassPathJson;

/**
 * Checks a generated text before it is stored or shown: no method, means or lethality content, no
 * stigmatising words, suicide never framed as a solution, no diagnosis, length within bounds,
 * crisis resources present when required, and every citation it claims one of the passages it was
 * given. The content checks also run sentence by sentence while an answer streams.
 */
@ApplicationScoped
public class SafetyGate {

  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d ]{1,}\\d");

  private final Map<String, List<Pattern>> checks = new LinkedHashMap<>();
  private String version;
  private int minWords;
  private int maxWords;

  /** The gate with its bundled checks, outside a container (tools and tests). */
  public static SafetyGate bundled() {
    SafetyGate gate = new SafetyGate();
    gate.load();
    return gate;
  }

  @PostConstruct
  void load() {
    JsonObject gate = ClassPathJson.read("support/gate.json");
    version = gate.getString("version");
    minWords = gate.getInt("minWords");
    maxWords = gate.getInt("maxWords");
    gate.getJsonObject("checks")
        .forEach(
            (name, patterns) ->
                checks.put(
                    name,
                    patterns.asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(p -> Pattern.compile(p.getString(), Pattern.CASE_INSENSITIVE))
                        .toList()));
  }

  public String version() {
    return version;
  }

  /** The first content check a piece of text fails: safe to run on each streamed sentence. */
  public Optional<String> forbiddenContent(String text) {
    String plain = plain(text);
    for (var check : checks.entrySet()) {
      if (check.getValue().stream().anyMatch(p -> p.matcher(plain).find())) {
        return Optional.of(check.getKey());
      }
    }
    return Optional.empty();
  }

  public GateVerdict check(String text, GateRequest request) {
    Optional<String> forbidden = forbiddenContent(text);
    if (forbidden.isPresent()) {
      return GateVerdict.fail(forbidden.get());
    }
    int words = text.strip().split("\\s+").length;
    if (words < minWords) {
      return GateVerdict.fail("too-short");
    }
    if (words > maxWords) {
      return GateVerdict.fail("too-long");
    }
    if (request.resourcesRequired()
        && !mentionsAResource(plain(text), request.resourceContacts())) {
      return GateVerdict.fail("missing-resources");
    }
    Set<Integer> cited = new LinkedHashSet<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n < 1 || n > request.passages()) {
        return GateVerdict.fail("unknown-citation");
      }
      cited.add(n);
    }
    return new GateVerdict(Optional.empty(), new ArrayList<>(cited));
  }

  /**
   * A resource counts as present when its number (988, 116 123) or, for one without a number, its
   * whole contact line appears.
   */
  private static boolean mentionsAResource(String text, List<String> contacts) {
    String unspaced = text.replace(" ", "");
    for (String contact : contacts) {
      Matcher number = DIGITS.matcher(contact);
      if (number.find()) {
        String wanted = number.group().replace(" ", "");
        if (unspaced.contains(wanted)) {
          return true;
        }
      } else if (text.contains(plain(contact))) {
        return true;
      }
    }
    return false;
  }

  private static String plain(String text) {
    return text.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .toLowerCase(Locale.ROOT);
  }
}
