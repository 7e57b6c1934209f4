package org.haven.benchmarks;

import java.util.stream.Stream;

/**
 * Versions of one entry that share no sentence. The embedder remembers the sentences of its
 * previous call (screening and emotions embed one entry once), so a benchmark that sends the same
 * text over and over times the classifier alone; alternating two of these makes every call embed
 * anew.
 */
final class Unremembered {

  private Unremembered() {}

  /**
   * Two versions of the text, one with "So" before each sentence and one with "And", each cut to at
   * most {@code length} characters.
   */
  static String[] twoVersions(String text, int length) {
    return Stream.of("So", "And")
        .map(word -> word + " " + text.replace(". ", ". " + word + " "))
        .map(version -> version.substring(0, Math.min(length, version.length())))
        .toArray(String[]::new);
  }
}
