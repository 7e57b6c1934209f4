package org.haven.crisis;

/**
 * Where in the original text a signal was found: character offsets {@code [start, end)} into the
 * text exactly as the person wrote it, and the rule or model that found it.
 */
public record Evidence(int start, int end, String source) {

  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Evidence span [" + start + ", " + end + ") is not a span");
    }
  }
}
