package org.haven.crisis.screening;

import java.util.ArrayList;
import java.util.List;

/** Sentence boundaries of a normalised text, so context is judged where it belongs. */
final class Sentences {

  private final List<int[]> spans = new ArrayList<>();

  Sentences(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
        spans.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < text.length()) {
      spans.add(new int[] {start, text.length()});
    }
  }

  /** Index of the sentence holding position {@code at}. */
  int indexOf(int at) {
    for (int i = 0; i < spans.size(); i++) {
      if (at < spans.get(i)[1]) {
        return i;
      }
    }
    return Math.max(0, spans.size() - 1);
  }

  int count() {
    return spans.size();
  }

  int start(int index) {
    return spans.isEmpty() ? 0 : spans.get(index)[0];
  }

  int end(int index) {
    return spans.isEmpty() ? 0 : spans.get(index)[1];
  }
}
