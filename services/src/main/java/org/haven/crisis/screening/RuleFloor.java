package org.haven.crisis.screening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.haven.crisis.Assessment;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.Evidence;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.screening.RuleScreener.Escalation;

/**
 * The deterministic floor as a whole: one rule book, applied to a text, giving an assessment whose
 * every finding points at the words that caused it. Pure, in process and thread-safe.
 */
public final class RuleFloor {

  private static final double PROTECTIVE_DISCOUNT = 0.1;
  private static final double MIN_CONFIDENCE = 0.5;
  private static final double CONFIDENCE_IN_NOTHING = 0.9;
  private final RuleScreener screener;

  RuleFloor(RuleBook book) {
    this.screener = new RuleScreener(book);
  }

  /** The floor with the rule book shipped on the class path. */
  public static RuleFloor fromClassPath() {
    return new RuleFloor(new RuleBookLoader(RuleFloor.class.getClassLoader()).load());
  }

  public String version() {
    return "rulebook:" + screener.book().version();
  }

  public Assessment assess(String text) {
    return screen(text).assessment();
  }

  /**
   * The assessment, and the spans of the original text the rules read as benign context (idiom,
   * negation, fiction or study, the past): the learned layer leaves those to the rules.
   */
  public FloorResult screen(String text) {
    long started = System.nanoTime();
    Screened screened = screener.screen(text);
    NormalisedText normalised = screened.text();
    Map<CrisisCategory, List<Signal>> byCategory = new EnumMap<>(CrisisCategory.class);
    screened
        .signals()
        .forEach(s -> byCategory.computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s));
    boolean protectedBy = !screened.protective().isEmpty();
    List<CategoryFinding> findings = new ArrayList<>();
    Set<String> decidedBy = new LinkedHashSet<>();
    decidedBy.add(version());
    RiskLevel level = RiskLevel.NONE;
    for (var entry : byCategory.entrySet()) {
      CategoryFinding finding =
          finding(
              entry.getKey(), entry.getValue(), screened.escalations(), normalised, protectedBy);
      if (finding.severity() == RiskLevel.NONE) {
        continue;
      }
      findings.add(finding);
      finding.evidence().forEach(e -> decidedBy.add(e.source()));
      level = level.max(finding.severity());
    }
    double confidence =
        findings.stream()
            .mapToDouble(CategoryFinding::confidence)
            .max()
            .orElse(CONFIDENCE_IN_NOTHING);
    List<Evidence> protective = tagged(normalised, screened.protective(), "protective");
    List<Evidence> benign =
        Stream.of(
                tagged(normalised, screened.benign(), Evidence.HARMLESS_WORDS),
                tagged(normalised, screened.negated(), Evidence.DENIAL),
                tagged(normalised, screened.cues(), Evidence.CONTEXT_CUE))
            .flatMap(List::stream)
            .toList();
    return new FloorResult(
        new Assessment(
            level,
            confidence,
            findings,
            protective,
            List.copyOf(decidedBy),
            Set.of(),
            Duration.ofNanos(System.nanoTime() - started)),
        benign);
  }

  /**
   * The floor's assessment and the benign-context spans it recognised, each with {@link
   * Evidence#HARMLESS_WORDS}, {@link Evidence#DENIAL} or {@link Evidence#CONTEXT_CUE} as its
   * source.
   */
  public record FloorResult(Assessment assessment, List<Evidence> benignContext) {}

  private static CategoryFinding finding(
      CrisisCategory category,
      List<Signal> signals,
      List<Escalation> escalations,
      NormalisedText text,
      boolean protectedBy) {
    RiskLevel severity = RiskLevel.NONE;
    double confidence = 0;
    List<Evidence> evidence = new ArrayList<>();
    for (Signal s : signals) {
      severity = severity.max(s.severity());
      confidence = Math.max(confidence, s.rule().confidence());
      evidence.add(
          evidence(
              text,
              s.start(),
              s.end(),
              s.context() == null ? s.rule().id() : s.rule().id() + " (" + s.context() + ")"));
    }
    for (Escalation e : escalations) {
      if (e.rule().when().contains(category) && severity == e.rule().raiseTo()) {
        evidence.add(evidence(text, e.start(), e.end(), e.rule().id()));
      }
    }
    if (protectedBy) {
      confidence = Math.max(MIN_CONFIDENCE, confidence - PROTECTIVE_DISCOUNT);
    }
    return new CategoryFinding(category, severity, confidence, evidence);
  }

  private static List<Evidence> tagged(NormalisedText text, List<int[]> spans, String source) {
    return spans.stream().map(span -> evidence(text, span[0], span[1], source)).toList();
  }

  private static Evidence evidence(NormalisedText text, int start, int end, String source) {
    return new Evidence(text.originalStart(start), text.originalEnd(end), source);
  }
}
