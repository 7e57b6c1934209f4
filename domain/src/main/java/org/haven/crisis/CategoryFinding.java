package org.haven.crisis;

import java.util.List;

/** One category of concern in a text: how severe, how sure, and the evidence behind it. */
public record CategoryFinding(
    CrisisCategory category, RiskLevel severity, double confidence, List<Evidence> evidence) {

  public CategoryFinding {
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1]");
    }
  }
}
