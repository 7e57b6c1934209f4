package org.haven.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the sentences of a text are, as {@code [start, end)} offsets into it, so that what a model
 * says about a sentence can point back at the original text. Every model scoring sentences splits
 * the same way.
 */
public final class SentenceSpans {

  private static final int SHORTEST = 3;

  private SentenceSpans() {}

  /** Sentences of the text, leading space trimmed, at most {@code max}; a text with none is one. */
  public static List<int[]> split(String text, int max) {
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length() && spans.size() < max; i++) {
      boolean end = i == text.length() || ".!?\n".indexOf(text.charAt(i)) >= 0;
      if (end) {
        int s = start;
        int e = Math.min(i + (i < text.length() ? 1 : 0), text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        if (e - s >= SHORTEST) {
          spans.add(new int[] {s, e});
        }
        start = i + 1;
      }
    }
    if (spans.isEmpty()) {
      spans.add(new int[] {0, text.length()});
    }
    return spans;
  }
}
