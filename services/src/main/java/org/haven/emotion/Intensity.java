package org.haven.emotion;

/** How strongly an emotion shows in a text, in three bands of its score. */
public enum Intensity {
  LOW,
  MODERATE,
  HIGH;

  static final double MODERATE_FROM = 1.0 / 3;
  static final double HIGH_FROM = 2.0 / 3;

  static Intensity of(double score) {
    return score >= HIGH_FROM ? HIGH : score >= MODERATE_FROM ? MODERATE : LOW;
  }
}
