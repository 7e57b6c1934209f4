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
 * thresholds.
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
    List<SentenceScore> scores = scoreSentences(model, text, leftToTheRules);
    int gatedUpTo = gatedUpTo(model, text, scores);
    for (int i = 0; i < scores.size(); i++) {
      SentenceScore score = scores.get(i);
      // The last score of several is the whole entry, which the gate never holds back.
      boolean gated = i < scores.size() - 1 && score.end() <= gatedUpTo;
      RiskLevel sentenceLevel =
          gated
              ? model.contextGate().orElseThrow().strict().levelFor(score.probabilities())
              : model.levelFor(score.probabilities());
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
   * Where the model's context gate ends: sentences ending by this offset need its strict
   * thresholds. Zero (no sentence) unless the model has a gate, the entry was also read whole, and
   * the whole reads benign; then it is as far as the whole reading reached.
   */
  private int gatedUpTo(LevelModel model, String text, List<SentenceScore> scores) {
    if (scores.size() < 2) {
      return 0;
    }
    Map<RiskLevel, Double> whole = scores.get(scores.size() - 1).probabilities();
    return model.contextGate().filter(gate -> gate.appliesTo(whole)).isPresent()
        ? embedder.charsSeen(text)
        : 0;
  }

  /**
   * The model's probabilities for every sentence it looks at: the one path both screening and
   * threshold tuning take, so thresholds are tuned on what the server actually scores.
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
    List<SentenceScore> scores = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      scores.add(new SentenceScore(spans.get(i)[0], spans.get(i)[1], probabilities.get(i)));
    }
    return scores;
  }

  private static double atLeast(Map<RiskLevel, Double> p, RiskLevel level) {
    return p.entrySet().stream()
        .filter(e -> e.getKey().isAtLeast(level))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  /**
   * What the model reads, for serving and training alike: every sentence the rules did not read as
   * benign context, then the whole text when more than one sentence is left.
   */
  public static List<int[]> spansToScore(String text, List<Evidence> leftToTheRules) {
    List<int[]> spans =
        new ArrayList<>(
            SentenceSpans.split(text, MAX_SENTENCES).stream()
                .filter(
                    span ->
                        leftToTheRules.stream()
                            .noneMatch(e -> e.start() < span[1] && e.end() > span[0]))
                .toList());
    if (spans.size() > 1) {
      spans.add(new int[] {0, text.length()});
    }
    return spans;
  }

  /** The probability of each level for the sentence at {@code [start, end)} of the text. */
  public record SentenceScore(int start, int end, Map<RiskLevel, Double> probabilities) {}

  /** What the learned layer concluded, with the sentences behind it. */
  public record Verdict(RiskLevel level, double confidence, List<Evidence> evidence) {}
}
