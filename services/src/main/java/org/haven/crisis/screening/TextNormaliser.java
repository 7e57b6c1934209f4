package org.haven.crisis.screening;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Brings the many ways people write a word to one form before the rules look at it: Unicode NFKC,
 * typographic apostrophes and quotes to plain ones, lower case, stretched letters squeezed,
 * leetspeak digits inside words read as letters, and slang and euphemisms from the rule book
 * spelled out ("kms" to "kill myself").
 */
final class TextNormaliser {

  private static final int SQUEEZE_TO = 2;
  private static final String VOWELS = "aeiouy";
  private final Map<String, String> slang;

  TextNormaliser(Map<String, String> slang) {
    this.slang = Map.copyOf(slang);
  }

  NormalisedText normalise(String original) {
    Builder folded = fold(original);
    Builder squeezed = squeeze(folded);
    Builder words = spellOutWords(squeezed);
    return words.build(original);
  }

  /** NFKC, plain punctuation and lower case, one original code point at a time. */
  private static Builder fold(String original) {
    Builder out = new Builder(original.length());
    for (int i = 0; i < original.length(); ) {
      int codePoint = original.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (codePoint < 0x80 && codePoint != '`') {
        // ASCII is already in NFKC form and needs no typographic folding.
        out.append(Character.toLowerCase((char) codePoint), i, next);
        i = next;
        continue;
      }
      String folded =
          Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
      for (char c : plain(folded).toLowerCase(Locale.ROOT).toCharArray()) {
        out.append(c, i, next);
      }
      i = next;
    }
    return out;
  }

  private static String plain(String s) {
    return switch (s) {
      case "\u2018", "\u2019", "\u201B", "\u02BC", "\u2032", "`", "\u00B4" -> "'";
      case "\u201C", "\u201D", "\u201E", "\u2033", "\u00AB", "\u00BB" -> "\"";
      case "\u2013", "\u2014", "\u2212" -> "-";
      default -> s;
    };
  }

  /**
   * Runs of three or more identical letters become two ("killll" to "kill"), except a vowel
   * stretched at the end of a word, which becomes one ("dieeee" to "die", "sooo" to "so").
   */
  private static Builder squeeze(Builder in) {
    Builder out = new Builder(in.length());
    int i = 0;
    while (i < in.length()) {
      char c = in.charAt(i);
      int end = i + 1;
      while (end < in.length() && in.charAt(end) == c && Character.isLetter(c)) {
        end++;
      }
      int run = end - i;
      boolean wordEnds = end == in.length() || !Character.isLetter(in.charAt(end));
      int keep = run < 3 ? run : (wordEnds && VOWELS.indexOf(c) >= 0 ? 1 : SQUEEZE_TO);
      for (int k = 0; k < keep; k++) {
        out.append(c, in.start(i + k), k == keep - 1 ? in.end(end - 1) : in.end(i + k));
      }
      i = end;
    }
    return out;
  }

  /** Word by word: leetspeak inside words with letters, then the slang table. */
  private Builder spellOutWords(Builder in) {
    Builder out = new Builder(in.length());
    int i = 0;
    while (i < in.length()) {
      if (!isWordChar(in.charAt(i))) {
        out.append(in.charAt(i), in.start(i), in.end(i));
        i++;
        continue;
      }
      int end = i;
      while (end < in.length() && isWordChar(in.charAt(end))) {
        end++;
      }
      String word = unLeet(in.substring(i, end));
      String spelled = slang.get(word);
      if (spelled != null) {
        out.appendAll(spelled, in.start(i), in.end(end - 1));
      } else {
        for (int k = 0; k < word.length(); k++) {
          out.append(word.charAt(k), in.start(i + k), in.end(i + k));
        }
      }
      i = end;
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '\'';
  }

  /** Only words that mix letters and digits are leetspeak; "200" or "24/7" stay numbers. */
  private static String unLeet(String word) {
    boolean letters = word.chars().anyMatch(Character::isLetter);
    boolean symbols = word.chars().anyMatch(c -> Character.isDigit(c) || c == '@' || c == '$');
    if (!letters || !symbols) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (char c : word.toCharArray()) {
      out.append(
          switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return out.toString();
  }

  /** Characters with the original span each came from; all stages keep the same length as data. */
  private static final class Builder {
    private final StringBuilder text;
    private int[] starts;
    private int[] ends;

    Builder(int capacity) {
      text = new StringBuilder(capacity);
      starts = new int[Math.max(16, capacity)];
      ends = new int[starts.length];
    }

    void append(char c, int originStart, int originEnd) {
      if (text.length() == starts.length) {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
      }
      starts[text.length()] = originStart;
      ends[text.length()] = originEnd;
      text.append(c);
    }

    void appendAll(String s, int originStart, int originEnd) {
      for (char c : s.toCharArray()) {
        append(c, originStart, originEnd);
      }
    }

    int length() {
      return text.length();
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    String substring(int from, int to) {
      return text.substring(from, to);
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }

    NormalisedText build(String original) {
      int n = text.length();
      return new NormalisedText(
          original,
          text.toString(),
          java.util.Arrays.copyOf(starts, n),
          java.util.Arrays.copyOf(ends, n));
    }
  }
}
