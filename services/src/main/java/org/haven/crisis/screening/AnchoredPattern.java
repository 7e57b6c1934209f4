package org.haven.crisis.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's patterns, each tried only at the start of a word that begins with one of its literal
 * anchors, first pattern first: the same matches as scanning every position with the patterns
 * joined into one alternation, for a fraction of the work. Without anchors for every pattern it
 * scans every position with the joined pattern, as a plain pattern would.
 */
final class AnchoredPattern {

  private static final Candidate[] NONE = new Candidate[0];
  private final Pattern joined;
  private final Pattern[] alternatives;
  private final Candidate[][] byAsciiLetter = new Candidate[128][];
  // By the first two letters, where both are ASCII: a rule book has many anchors per first letter
  // ("took", "tonight", "threw", "tablets"), and trying each was most of the rules' time.
  private final Candidate[][][] byAsciiPair = new Candidate[128][][];
  private final Candidate[][] oneLetterAnchors = new Candidate[128][];
  private final Map<Character, Candidate[]> byOtherLetter = new HashMap<>();

  /** One literal an alternative may start with. */
  private record Candidate(String anchor, int alternative) {}

  private AnchoredPattern(Pattern joined, Pattern[] alternatives, List<Candidate> candidates) {
    this.joined = joined;
    this.alternatives = alternatives;
    Map<Character, List<Candidate>> grouped = new HashMap<>();
    for (Candidate c : candidates) {
      grouped.computeIfAbsent(c.anchor().charAt(0), k -> new ArrayList<>()).add(c);
    }
    grouped.forEach(
        (letter, list) -> {
          if (letter < 128) {
            byAsciiLetter[letter] = inRuleOrder(list);
            indexPairs(letter, list);
          } else {
            byOtherLetter.put(letter, inRuleOrder(list));
          }
        });
  }

  /**
   * For each ASCII second letter: the anchors starting with both letters, and the one-letter ones.
   */
  private void indexPairs(char first, List<Candidate> list) {
    if (list.stream().anyMatch(c -> c.anchor().length() > 1 && c.anchor().charAt(1) >= 128)) {
      return; // a non-ASCII second letter: this first letter keeps its full list
    }
    List<Candidate> oneLetter = list.stream().filter(c -> c.anchor().length() == 1).toList();
    Map<Character, List<Candidate>> bySecond = new HashMap<>();
    for (Candidate c : list) {
      if (c.anchor().length() > 1) {
        bySecond.computeIfAbsent(c.anchor().charAt(1), k -> new ArrayList<>(oneLetter)).add(c);
      }
    }
    Candidate[][] pairs = new Candidate[128][];
    bySecond.forEach((second, candidates) -> pairs[second] = inRuleOrder(candidates));
    byAsciiPair[first] = pairs;
    oneLetterAnchors[first] = inRuleOrder(oneLetter);
  }

  private static Candidate[] inRuleOrder(List<Candidate> candidates) {
    return candidates.stream()
        .sorted(Comparator.comparingInt(Candidate::alternative))
        .toArray(Candidate[]::new);
  }

  static AnchoredPattern of(List<String> patterns) {
    Pattern joined = RuleBookLoader.anyOf(patterns);
    List<Candidate> candidates = new ArrayList<>();
    Pattern[] alternatives = new Pattern[patterns.size()];
    for (int i = 0; i < patterns.size(); i++) {
      Optional<List<String>> anchors = Anchors.of(patterns.get(i));
      if (anchors.isEmpty()) {
        return new AnchoredPattern(joined, null, List.of());
      }
      int alternative = i;
      anchors.get().forEach(a -> candidates.add(new Candidate(a, alternative)));
      alternatives[i] = RuleBookLoader.anyOf(List.of(patterns.get(i)));
    }
    return new AnchoredPattern(joined, alternatives, candidates);
  }

  Pattern pattern() {
    return joined;
  }

  /** Every match, left to right, as {@code [start, end)} pairs. */
  List<int[]> findAll(String text, WordStarts starts) {
    List<int[]> found = new ArrayList<>();
    if (alternatives == null) {
      Matcher m = joined.matcher(text);
      while (m.find()) {
        found.add(new int[] {m.start(), m.end()});
      }
      return found;
    }
    if (alternatives.length == 0) {
      return found;
    }
    // Made on first use at this text: most alternatives are never tried on a given entry.
    Matcher[] matchers = new Matcher[alternatives.length];
    int next = 0;
    for (int i = 0; i < starts.count(); i++) {
      int at = starts.at(i);
      if (at < next) {
        continue;
      }
      int end = firstMatchEnd(text, at, matchers);
      if (end >= 0) {
        found.add(new int[] {at, end});
        next = Math.max(end, at + 1);
      }
    }
    return found;
  }

  /** Where the first alternative (in rule order) that matches at {@code at} ends, or -1. */
  private int firstMatchEnd(String text, int at, Matcher[] matchers) {
    int tried = -1;
    for (Candidate c : candidatesFor(text, at)) {
      if (c.alternative() == tried || !text.startsWith(c.anchor(), at)) {
        continue;
      }
      tried = c.alternative();
      Matcher m = matchers[tried];
      if (m == null) {
        m = alternatives[tried].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[tried] = m;
      }
      m.region(at, text.length());
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private Candidate[] candidatesFor(String text, int at) {
    char letter = text.charAt(at);
    if (letter >= 128) {
      return byOtherLetter.getOrDefault(letter, NONE);
    }
    Candidate[][] pairs = byAsciiPair[letter];
    if (pairs != null && at + 1 < text.length() && text.charAt(at + 1) < 128) {
      Candidate[] found = pairs[text.charAt(at + 1)];
      return found == null ? oneLetterAnchors[letter] : found;
    }
    Candidate[] found = byAsciiLetter[letter];
    return found == null ? NONE : found;
  }

  /** Positions where a regular-expression word begins (a word character after a non-word one). */
  static final class WordStarts {
    private final int[] positions;
    private final int count;

    WordStarts(String text) {
      int[] found = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (isWord(text.charAt(i)) && (i == 0 || !isWord(text.charAt(i - 1)))) {
          found[n++] = i;
        }
      }
      positions = found;
      count = n;
    }

    int count() {
      return count;
    }

    int at(int i) {
      return positions[i];
    }

    private static boolean isWord(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }
  }
}
