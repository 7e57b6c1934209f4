package org.haven.emotion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.emotion.pattern.Cue;
import org.haven.emotion.pattern.CueBook;
import org.haven.models.ModelSlot;
import org.haven.models.SentenceSpans;

/**
 * Scores every sentence of a text with the emotion model and aggregates them into the text's
 * profile. Valence and arousal place the emotions on Russell's circumplex (see {@link
 * Emotion#valence()}), weighted by their scores.
 */
public final class EmotionAnalyzer {

  private static final int MAX_SENTENCES = 48;
  private static final double CLEAR_SENTENCE_SCORE = 0.5;
  private static final double CLEAR_VALENCE = 0.5;
  private final SentenceEmbedder embedder;
  private final CueBook cues;
  private final ModelSlot<EmotionModel> slot;

  public EmotionAnalyzer(SentenceEmbedder embedder, ModelSlot<EmotionModel> slot) {
    this(embedder, slot, CueBook.fromClassPath());
  }

  public EmotionAnalyzer(SentenceEmbedder embedder, ModelSlot<EmotionModel> slot, CueBook cues) {
    this.embedder = embedder;
    this.slot = slot;
    this.cues = cues;
  }

  public EmotionProfile analyse(String text) {
    List<int[]> spans = SentenceSpans.split(text, MAX_SENTENCES);
    List<float[]> vectors =
        embedder.embedAll(spans.stream().map(s -> text.substring(s[0], s[1])).toList());
    Set<Cue> phraseCues = cues.cuesIn(text);
    return slot.use(model -> profile(model, spans, vectors, phraseCues));
  }

  private static EmotionProfile profile(
      EmotionModel model, List<int[]> spans, List<float[]> vectors, Set<Cue> phraseCues) {
    Map<Emotion, Double> sum = new EnumMap<>(Emotion.class);
    List<EmotionProfile.SentenceEmotion> sentences = new ArrayList<>();
    double weights = 0;
    for (int i = 0; i < spans.size(); i++) {
      Map<Emotion, Double> p = model.probabilities(vectors.get(i));
      double weight = spans.get(i)[1] - spans.get(i)[0];
      p.forEach((e, score) -> sum.merge(e, score * weight, Double::sum));
      weights += weight;
      Map.Entry<Emotion, Double> top = top(p);
      sentences.add(
          new EmotionProfile.SentenceEmotion(
              spans.get(i)[0], spans.get(i)[1], top.getKey(), top.getValue()));
    }
    Map<Emotion, EmotionProfile.Score> scores = new EnumMap<>(Emotion.class);
    double valence = 0;
    double arousal = 0;
    for (Emotion e : Emotion.values()) {
      double score = weights == 0 ? 0 : sum.getOrDefault(e, 0.0) / weights;
      scores.put(e, new EmotionProfile.Score(score, Intensity.of(score)));
      valence += score * e.valence();
      arousal += score * e.arousal();
    }
    Emotion dominant =
        scores.entrySet().stream()
            .max(Comparator.comparingDouble(s -> s.getValue().score()))
            .orElseThrow()
            .getKey();
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    cues.addAll(phraseCues);
    if (pullsBothWays(sentences)) {
      cues.add(Cue.AMBIVALENCE);
    }
    return new EmotionProfile(dominant, scores, valence, arousal, sentences, cues, model.version());
  }

  /** A clearly pleasant sentence and a clearly unpleasant one in the same text. */
  private static boolean pullsBothWays(List<EmotionProfile.SentenceEmotion> sentences) {
    boolean pleasant = false;
    boolean unpleasant = false;
    for (var s : sentences) {
      if (s.score() >= CLEAR_SENTENCE_SCORE) {
        pleasant |= s.dominant().valence() >= CLEAR_VALENCE;
        unpleasant |= s.dominant().valence() <= -CLEAR_VALENCE;
      }
    }
    return pleasant && unpleasant;
  }

  private static Map.Entry<Emotion, Double> top(Map<Emotion, Double> p) {
    return p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
  }
}
