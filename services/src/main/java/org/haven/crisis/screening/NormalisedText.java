package org.haven.crisis.screening;

/**
 * Text prepared for matching (NFKC, plain quotes, lower case, squeezed repeats, leetspeak and slang
 * spelled out) that remembers, for every character, which characters of the original it came from,
 * so evidence always points into the text as the person wrote it.
 */
public final class NormalisedText {

  private final String original;
  private final String text;
  private final int[] originStart;
  private final int[] originEnd;

  NormalisedText(String original, String text, int[] originStart, int[] originEnd) {
    this.original = original;
    this.text = text;
    this.originStart = originStart;
    this.originEnd = originEnd;
  }

  public String text() {
    return text;
  }

  public String original() {
    return original;
  }

  /** The span of the original text that produced normalised characters {@code [start, end)}. */
  public int originalStart(int start) {
    return start < text.length() ? originStart[start] : original.length();
  }

  public int originalEnd(int end) {
    return end == 0 ? 0 : originEnd[end - 1];
  }
}
