package org.haven.crisis;

/**
 * Where in the original text a signal was found: character offsets {@code [start, end)} into the
 * text exactly as the person wrote it, and the rule or model that found it.
 */
public record Evidence(int start, int end, String source) {

  /** The source of risk words the rules read as harmless: an idiom, a lowered signal. */
  public static final String HARMLESS_WORDS = "benign-context";

  /** The source of a signal the rules read as denied ("I'm not suicidal"). */
  public static final String DENIAL = "benign-context:denial";

  /** The source of a fiction, study or past cue ("in my novel", "two years ago"). */
  public static final String CONTEXT_CUE = "benign-context:cue";

  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Evidence span [" + start + ", " + end + ") is not a span");
    }
  }
}
