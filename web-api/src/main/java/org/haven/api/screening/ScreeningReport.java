package org.haven.api.screening;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Set;
import org.haven.crisis.Assessment;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.Evidence;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.support.SupportMessage;

/** A full assessment as {@code POST /screenings} returns it, evidence spans included. */
@JsonbPropertyOrder({
  "level",
  "confidence",
  "findings",
  "protectiveFactors",
  "decidedBy",
  "degraded",
  "elapsedMicros",
  "support"
})
public record ScreeningReport(
    RiskLevel level,
    double confidence,
    List<Finding> findings,
    List<Span> protectiveFactors,
    List<String> decidedBy,
    Set<String> degraded,
    long elapsedMicros,
    SupportMessage support) {

  /** One category with its severity and where in the text it was found. */
  public record Finding(
      CrisisCategory category, RiskLevel severity, double confidence, List<Span> evidence) {
    static Finding of(CategoryFinding f) {
      return new Finding(
          f.category(),
          f.severity(),
          ScreeningView.round(f.confidence()),
          f.evidence().stream().map(Span::of).toList());
    }
  }

  /** Character offsets {@code [start, end)} into the submitted text, and what found them. */
  public record Span(int start, int end, String source) {
    static Span of(Evidence e) {
      return new Span(e.start(), e.end(), e.source());
    }
  }

  public static ScreeningReport of(Assessment a, SupportMessage support) {
    return new ScreeningReport(
        a.level(),
        ScreeningView.round(a.confidence()),
        a.findings().stream().map(Finding::of).toList(),
        a.protectiveFactors().stream().map(Span::of).toList(),
        a.decidedBy(),
        a.degraded(),
        a.elapsed().toNanos() / 1_000,
        support);
  }
}
