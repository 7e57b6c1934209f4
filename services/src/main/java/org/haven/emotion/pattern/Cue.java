package org.haven.emotion.pattern;

/**
 * Something one entry shows that, repeated across entries, makes a pattern. All but ambivalence are
 * phrases (see {@code emotion/patterns/en.json}); ambivalence is also read from sentences whose
 * emotions pull in opposite directions.
 */
public enum Cue {
  RUMINATION,
  SELF_CRITICISM,
  GRATITUDE,
  NUMBNESS,
  AMBIVALENCE
}
