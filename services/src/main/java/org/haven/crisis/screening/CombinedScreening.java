package org.haven.crisis.screening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.crisis.Assessment;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LearnedScreening.Verdict;

/**
 * The rule floor and, when it is available, the learned layer. The floor always runs first and its
 * level is never lowered; the model may raise it. When the model is missing or fails, the floor's
 * assessment stands, marked degraded, so nothing is ever screened less than by the rules.
 */
public final class CombinedScreening {

  public static final String MODEL_UNAVAILABLE = "model";
  private final RuleFloor floor;
  private final Optional<LearnedScreening> learned;

  public CombinedScreening(RuleFloor floor, Optional<LearnedScreening> learned) {
    this.floor = floor;
    this.learned = learned;
  }

  public Assessment assess(String text) {
    long started = System.nanoTime();
    RuleFloor.FloorResult floorResult = floor.screen(text);
    Assessment rules = floorResult.assessment();
    if (learned.isEmpty()) {
      return degraded(rules, started);
    }
    if (rules.level() == RiskLevel.CRITICAL) {
      // Nothing can raise it further: the most urgent entries are answered fastest.
      return rules;
    }
    Verdict verdict;
    try {
      verdict = learned.get().assess(text, floorResult.benignContext());
    } catch (RuntimeException | LinkageError modelFailed) {
      return degraded(rules, started);
    }
    return combine(rules, verdict, started);
  }

  private Assessment combine(Assessment rules, Verdict verdict, long started) {
    Set<String> decidedBy = new LinkedHashSet<>(rules.decidedBy());
    decidedBy.add(learned.orElseThrow().version());
    List<CategoryFinding> findings = new ArrayList<>(rules.findings());
    RiskLevel level = rules.level();
    double confidence = rules.confidence();
    if (verdict.level().compareTo(rules.level()) > 0) {
      level = verdict.level();
      confidence = verdict.confidence();
      findings.add(
          new CategoryFinding(
              primaryConcern(rules),
              verdict.level(),
              round(verdict.confidence()),
              verdict.evidence()));
    }
    return new Assessment(
        level,
        confidence,
        findings,
        rules.protectiveFactors(),
        List.copyOf(decidedBy),
        Set.of(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** A model-only signal is filed under the rules' main concern, or suicidal ideation if none. */
  private static CrisisCategory primaryConcern(Assessment rules) {
    return rules.findings().stream()
        .filter(f -> f.severity().isAtLeast(RiskLevel.MODERATE))
        .map(CategoryFinding::category)
        .findFirst()
        .orElse(CrisisCategory.SUICIDAL_IDEATION);
  }

  private static Assessment degraded(Assessment rules, long started) {
    return new Assessment(
        rules.level(),
        rules.confidence(),
        rules.findings(),
        rules.protectiveFactors(),
        rules.decidedBy(),
        Set.of(MODEL_UNAVAILABLE),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static double round(double v) {
    return Math.min(1, Math.round(v * 100) / 100.0);
  }
}
