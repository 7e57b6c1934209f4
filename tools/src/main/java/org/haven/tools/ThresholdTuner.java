package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.ContextGate;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.RaiseThresholds;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.screening.RuleFloor;
import org.haven.platform.crypto.Sha256;
import org.haven.tools.TrainCommand.Thresholds;

/**
 * Chooses the probabilities above which the model raises a level, on texts it was not trained on,
 * together with the rule floor as the server combines them: the highest recall of MODERATE+ and
 * HIGH+ (up to the target) whose false alarms on benign texts stay within the budget, then the
 * fewest false alarms. A queue drowned in false alarms fails the people in it too. The HIGH
 * threshold may end up below the MODERATE one: a text is then sent to HIGH on less evidence than it
 * takes to call it MODERATE, which is how recall of HIGH and CRITICAL comes first.
 */
final class ThresholdTuner {

  private static final double STEP = 0.02;
  private static final double CRITICAL_THRESHOLD = 0.5;
  private final SentenceEmbedder embedder;
  private final double targetRecall;
  private final double falseAlarmBudget;
  private final RuleFloor floor = RuleFloor.fromClassPath();

  ThresholdTuner(SentenceEmbedder embedder, double targetRecall, double falseAlarmBudget) {
    this.embedder = embedder;
    this.targetRecall = targetRecall;
    this.falseAlarmBudget = falseAlarmBudget;
  }

  /** Metadata for a graph not yet tuned: its checksum and labels, thresholds nothing reaches. */
  static JsonObject candidate(byte[] graph, List<String> labels) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    return Json.createObjectBuilder()
        .add("name", "candidate")
        .add("version", "0")
        .add("sha256", Sha256.hex(graph))
        .add("labels", labelArray)
        .add("thresholds", new RaiseThresholds(1, 1, 1).toJson())
        .add(ContextGate.METADATA_KEY, TrainCommand.CONTEXT_GATE.toJson())
        .build();
  }

  Thresholds tune(List<LabelledText> validation, byte[] graph, List<String> labels) {
    List<Scored> scored = new ArrayList<>();
    try (LevelModel model = LevelModel.of(graph, candidate(graph, labels))) {
      LearnedScreening learned = new LearnedScreening(embedder, model);
      for (LabelledText t : validation) {
        scored.add(score(t, learned));
      }
    } catch (ai.onnxruntime.OrtException e) {
      throw new IllegalStateException(e);
    }
    return search(scored, targetRecall, falseAlarmBudget);
  }

  /** The best pair of thresholds over texts already scored (see the class comment). */
  static Thresholds search(List<Scored> scored, double targetRecall, double falseAlarmBudget) {
    Thresholds best = null;
    double bestRecall = -1;
    for (double high = STEP; high < 1; high += STEP) {
      for (double moderate = STEP; moderate < 1; moderate += STEP) {
        double[] m = measure(scored, moderate, high);
        double recall = Math.min(Math.min(m[0], m[1]), targetRecall);
        boolean affordable = m[2] <= falseAlarmBudget;
        boolean better =
            affordable
                && (recall > bestRecall + 1e-9
                    || (Math.abs(recall - bestRecall) < 1e-9 && m[2] < best.falseAlarms()));
        if (better) {
          bestRecall = recall;
          best = new Thresholds(round(moderate), round(high), CRITICAL_THRESHOLD, m[0], m[1], m[2]);
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException(
          "No thresholds keep false alarms within the false-alarm budget of " + falseAlarmBudget);
    }
    return best;
  }

  /**
   * Scores a text the way the server does: the floor first, then the model on what it leaves, with
   * the context gate's fixed thresholds for the sentences it holds.
   */
  private Scored score(LabelledText t, LearnedScreening learned) {
    RuleFloor.FloorResult floorResult = floor.screen(t.text());
    double moderate = 0;
    double high = 0;
    RiskLevel gated = RiskLevel.NONE;
    for (var sentence : learned.scoreSentences(t.text(), floorResult.benignContext())) {
      Map<RiskLevel, Double> p = sentence.probabilities();
      switch (sentence.reading()) {
        case CONTEXT -> {}
        case GATED -> gated = gated.max(TrainCommand.CONTEXT_GATE.strict().levelFor(p));
        case SENTENCE, WHOLE -> {
          double h = p.getOrDefault(RiskLevel.CRITICAL, 0.0) + p.getOrDefault(RiskLevel.HIGH, 0.0);
          high = Math.max(high, h);
          moderate = Math.max(moderate, h + p.getOrDefault(RiskLevel.MODERATE, 0.0));
        }
      }
    }
    RiskLevel floorOrGated = floorResult.assessment().level().max(gated.min(RiskLevel.HIGH));
    return new Scored(t.level(), floorOrGated, moderate, high);
  }

  /** Recall of MODERATE+, recall of HIGH+, false alarms on NONE. */
  private static double[] measure(List<Scored> scored, double moderate, double high) {
    int modGold = 0, modHit = 0, highGold = 0, highHit = 0, none = 0, alarms = 0;
    for (Scored s : scored) {
      RiskLevel model =
          s.high() >= high
              ? RiskLevel.HIGH
              : s.moderate() >= moderate ? RiskLevel.MODERATE : RiskLevel.NONE;
      RiskLevel predicted = s.floor().max(model);
      if (s.gold().isAtLeast(RiskLevel.MODERATE)) {
        modGold++;
        modHit += predicted.isAtLeast(RiskLevel.MODERATE) ? 1 : 0;
      }
      if (s.gold().isAtLeast(RiskLevel.HIGH)) {
        highGold++;
        highHit += predicted.isAtLeast(RiskLevel.HIGH) ? 1 : 0;
      }
      if (s.gold() == RiskLevel.NONE) {
        none++;
        alarms += predicted.isAtLeast(RiskLevel.MODERATE) ? 1 : 0;
      }
    }
    return new double[] {ratio(modHit, modGold), ratio(highHit, highGold), ratio(alarms, none)};
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1 : (double) a / b;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /**
   * A text's gold level, the level it reaches whatever the thresholds ({@code floor}: the rules',
   * and that of sentences held by the context gate), and the highest MODERATE+ and HIGH+ odds of
   * the readings the thresholds decide.
   */
  record Scored(RiskLevel gold, RiskLevel floor, double moderate, double high) {}
}
