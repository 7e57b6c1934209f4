package org.haven.emotion;

import java.util.Locale;

/** Plutchik's eight primary emotions, and neutral for text that expresses none of them. */
public enum Emotion {
  JOY,
  TRUST,
  FEAR,
  SURPRISE,
  SADNESS,
  DISGUST,
  ANGER,
  ANTICIPATION,
  NEUTRAL;

  /** The label as the corpus and the model metadata write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Emotion ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
