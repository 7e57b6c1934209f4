package org.haven.shared;

/** Counting words as people count them: runs of letters or digits, with ' and - inside a word. */
public final class Words {

  private Words() {}

  public static int in(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && (c == '\'' || c == '-'));
    }
    return words;
  }
}
