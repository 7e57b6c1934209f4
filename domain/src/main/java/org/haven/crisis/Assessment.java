package org.haven.crisis;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The crisis assessment of one text: its level, the categories behind it with their evidence, the
 * protective factors seen, what decided it (rule-book and model versions), which components were
 * degraded, and how long it took. Everything a clinician needs to see why.
 */
public record Assessment(
    RiskLevel level,
    double confidence,
    List<CategoryFinding> findings,
    List<Evidence> protectiveFactors,
    List<String> decidedBy,
    Set<String> degraded,
    Duration elapsed) {

  public Assessment {
    findings = List.copyOf(findings);
    protectiveFactors = List.copyOf(protectiveFactors);
    decidedBy = List.copyOf(decidedBy);
    degraded = Set.copyOf(degraded);
  }

  public List<CrisisCategory> categories() {
    return findings.stream().map(CategoryFinding::category).toList();
  }

  public boolean isDegraded() {
    return !degraded.isEmpty();
  }
}
