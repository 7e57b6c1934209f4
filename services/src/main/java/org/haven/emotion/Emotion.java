package org.haven.emotion;

import java.util.Locale;

/** Plutchik's eight primary emotions, and neutral for text that expresses none of them. */
public enum Emotion {
  JOY(0.8, 0.5),
  TRUST(0.6, -0.2),
  FEAR(-0.7, 0.7),
  SURPRISE(0.2, 0.8),
  SADNESS(-0.7, -0.5),
  DISGUST(-0.7, 0.3),
  ANGER(-0.6, 0.8),
  ANTICIPATION(0.4, 0.4),
  NEUTRAL(0, 0);

  private final double valence;
  private final double arousal;

  /**
   * Approximate places on Russell's circumplex of affect (valence: unpleasant -1 to pleasant 1;
   * arousal: calm -1 to activated 1): a convention for summarising, not a measurement.
   */
  Emotion(double valence, double arousal) {
    this.valence = valence;
    this.arousal = arousal;
  }

  public double valence() {
    return valence;
  }

  public double arousal() {
    return arousal;
  }

  /** The label as the corpus and the model metadata write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Emotion ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
