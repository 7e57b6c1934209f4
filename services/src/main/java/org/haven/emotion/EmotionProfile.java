package org.haven.emotion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.emotion.pattern.Cue;

/**
 * The emotions of one text: a score in [0,1] and an intensity band per emotion (sentence
 * probabilities averaged, weighted by sentence length), the dominant one, valence and arousal in
 * [-1,1], each sentence's own dominant emotion, the cues toward patterns across entries (see {@link
 * org.haven.emotion.pattern}), and the model version that scored it.
 */
public record EmotionProfile(
    Emotion dominant,
    Map<Emotion, Score> scores,
    double valence,
    double arousal,
    List<SentenceEmotion> sentences,
    Set<Cue> cues,
    String model) {

  /** One emotion's score and band. */
  public record Score(double score, Intensity intensity) {}

  /** A sentence at {@code [start, end)} of the text and the emotion that dominates it. */
  public record SentenceEmotion(int start, int end, Emotion dominant, double score) {}
}
