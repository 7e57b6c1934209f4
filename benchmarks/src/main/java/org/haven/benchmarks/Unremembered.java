package org.haven.benchmarks;

/**
 * Versions of one entry that share no sentence. The embedder remembers the sentences of its
 * previous call (screening and emotions embed one entry once), so a benchmark that sends the same
 * text over and over times the classifier alone; alternating two of these makes every call embed
 * anew.
 */
final class Unremembered {

  private Unremembered() {}

  /** The text with the word before each of its sentences. */
  static String opening(String text, String word) {
    return word + " " + text.replace(". ", ". " + word + " ");
  }

  /** Two versions of the text, each cut to at most {@code length} characters. */
  static String[] twoVersions(String text, int length) {
    String first = opening(text, "So");
    String second = opening(text, "And");
    return new String[] {
      first.substring(0, Math.min(length, first.length())),
      second.substring(0, Math.min(length, second.length()))
    };
  }
}
