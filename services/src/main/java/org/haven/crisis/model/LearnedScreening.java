package org.haven.crisis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.crisis.Evidence;
import org.haven.crisis.RiskLevel;
import org.haven.models.ModelSlot;
import org.haven.models.SentenceSpans;

/**
 * Scores a text sentence by sentence (so one risk sentence buried in a long entry is not diluted)
 * and, when it has several, as a whole (so risk spread over sentences that are each mild is not
 * missed), and keeps the most urgent. Evidence is the span of each part that reached that level.
 * When the whole reads benign, the model's {@link ContextGate} holds its sentences to stricter
 * thresholds. When the rules leave one sentence of several, the whole is read for that gate only:
 * it holds sentences the rules set aside, so it must not raise by itself.
 */
public final class LearnedScreening {

  private static final int MAX_SENTENCES = 24;
  private final SentenceEmbedder embedder;
  private final ModelSlot<LevelModel> slot;

  public LearnedScreening(SentenceEmbedder embedder, LevelModel model) {
    this(embedder, new ModelSlot<>("crisis-level", model));
  }

  /** Screening with whichever model version the slot serves; a swap takes effect between texts. */
  public LearnedScreening(SentenceEmbedder embedder, ModelSlot<LevelModel> slot) {
    this.embedder = embedder;
    this.slot = slot;
  }

  /** The serving version, read without loading it when the memory budget has unloaded it. */
  public String version() {
    return slot.serving()
        .map(loadable -> "model:" + loadable.label() + "+" + SentenceEmbedder.NAME)
        .orElseGet(() -> slot.use(LearnedScreening::version));
  }

  private static String version(LevelModel model) {
    return "model:" + model.version() + "+" + SentenceEmbedder.NAME;
  }

  /** Scores every sentence except those the rules already read as benign context. */
  public Verdict assess(String text, List<Evidence> leftToTheRules) {
    return slot.use(model -> assess(model, text, leftToTheRules));
  }

  private Verdict assess(LevelModel model, String text, List<Evidence> leftToTheRules) {
    RiskLevel level = RiskLevel.NONE;
    double confidence = 0;
    List<Evidence> evidence = new ArrayList<>();
    for (SentenceScore score : scoreSentences(model, text, leftToTheRules)) {
      RiskLevel sentenceLevel =
          switch (score.reading()) {
            case CONTEXT -> RiskLevel.NONE;
            case GATED ->
                model.contextGate().orElseThrow().strict().levelFor(score.probabilities());
            case SENTENCE, WHOLE -> model.levelFor(score.probabilities());
          };
      if (sentenceLevel.compareTo(level) > 0) {
        level = sentenceLevel;
        evidence.clear();
        confidence = 0;
      }
      if (sentenceLevel == level && level != RiskLevel.NONE) {
        evidence.add(new Evidence(score.start(), score.end(), version(model)));
        confidence = Math.max(confidence, atLeast(score.probabilities(), level));
      }
    }
    return new Verdict(level, confidence, evidence);
  }

  /**
   * The model's probabilities for every sentence it looks at, each with how it is read: the one
   * path both screening and threshold tuning take, so thresholds are tuned on what the server
   * actually scores.
   */
  public List<SentenceScore> scoreSentences(String text, List<Evidence> leftToTheRules) {
    return slot.use(model -> scoreSentences(model, text, leftToTheRules));
  }

  private List<SentenceScore> scoreSentences(
      LevelModel model, String text, List<Evidence> leftToTheRules) {
    List<int[]> spans = spansToScore(text, leftToTheRules);
    if (spans.isEmpty()) {
      return List.of();
    }
    List<String> parts = spans.stream().map(s -> text.substring(s[0], s[1])).toList();
    List<Map<RiskLevel, Double>> probabilities =
        model.probabilities(embedder.embedAll(parts), parts);
    int gatedUpTo = gatedUpTo(model, text, probabilities);
    // The last of several spans is the whole entry; beside a lone sentence, or holding words the
    // rules read as harmless, it is context only.
    int whole = spans.size() > 1 ? spans.size() - 1 : -1;
    Reading wholeReading =
        spans.size() == 2 || setAsideAsHarmless(leftToTheRules) ? Reading.CONTEXT : Reading.WHOLE;
    List<SentenceScore> scores = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      Reading reading;
      if (i == whole) {
        reading = wholeReading;
      } else {
        reading = span[1] <= gatedUpTo ? Reading.GATED : Reading.SENTENCE;
      }
      scores.add(new SentenceScore(span[0], span[1], probabilities.get(i), reading));
    }
    return scores;
  }

  /**
   * Where the model's context gate ends: sentences ending by this offset need its strict
   * thresholds. Zero (no sentence) unless the model has a gate, the entry was also read whole, and
   * the whole reads benign; then it is as far as the whole reading reached.
   */
  private int gatedUpTo(LevelModel model, String text, List<Map<RiskLevel, Double>> readings) {
    if (readings.size() < 2) {
      return 0;
    }
    Map<RiskLevel, Double> whole = readings.get(readings.size() - 1);
    return model.contextGate().filter(gate -> gate.appliesTo(whole)).isPresent()
        ? embedder.charsSeen(text)
        : 0;
  }

  private static double atLeast(Map<RiskLevel, Double> p, RiskLevel level) {
    return p.entrySet().stream()
        .filter(e -> e.getKey().isAtLeast(level))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  /**
   * Whether the rules read risk words of the entry as harmless (an idiom, a signal lowered by
   * fiction, the past or an everyday purpose). The whole entry still holds those words, so its
   * reading must not raise the entry. A denial is different: "I'm not suicidal, but I wish I could
   * stop existing" is one sentence, and the whole reading is what finds its second half; so is a
   * cue alone ("after training", "five years"), which says nothing of the words around it.
   */
  private static boolean setAsideAsHarmless(List<Evidence> leftToTheRules) {
    return leftToTheRules.stream().anyMatch(e -> Evidence.HARMLESS_WORDS.equals(e.source()));
  }

  /**
   * What the model reads, for serving and training alike: every sentence the rules did not read as
   * benign context, then the whole text when it has more than one sentence and any is left.
   */
  public static List<int[]> spansToScore(String text, List<Evidence> leftToTheRules) {
    List<int[]> sentences = SentenceSpans.split(text, MAX_SENTENCES);
    List<int[]> spans =
        new ArrayList<>(
            sentences.stream()
                .filter(
                    span ->
                        leftToTheRules.stream()
                            .noneMatch(e -> e.start() < span[1] && e.end() > span[0]))
                .toList());
    if (sentences.size() > 1 && !spans.isEmpty()) {
      spans.add(new int[] {0, text.length()});
    }
    return spans;
  }

  /** The probability of each level for the text at {@code [start, end)}, and how it is read. */
  public record SentenceScore(
      int start, int end, Map<RiskLevel, Double> probabilities, Reading reading) {}

  /** How one reading may raise the entry. */
  public enum Reading {
    /** A sentence, held to the model's thresholds. */
    SENTENCE,
    /** A sentence of an entry whose whole reads benign, held to the context gate's thresholds. */
    GATED,
    /** The whole entry beside two or more sentences, held to the model's thresholds. */
    WHOLE,
    /** The whole entry beside a lone sentence: it may gate that sentence but never raises. */
    CONTEXT
  }

  /** What the learned layer concluded, with the sentences behind it. */
  public record Verdict(RiskLevel level, double confidence, List<Evidence> evidence) {}
}
