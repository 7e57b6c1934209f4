package org.haven.crisis.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.RiskLevel;

/**
 * Everything about a case but the entry's text: its history, the latest entry's assessment, the
 * person's recent risk, their other cases and when safety-planning support last reached them.
 */
public record CaseDetail(
    CrisisCase crisis,
    Optional<Breakdown> assessment,
    List<RiskPoint> timeline,
    List<QueueRow> otherCases,
    Optional<OffsetDateTime> safetyPlanningSent) {

  /** The latest entry's assessment, as the screening recorded it. */
  public record Breakdown(
      RiskLevel level,
      double confidence,
      List<CategoryFinding> findings,
      List<String> decidedBy,
      List<String> degraded,
      OffsetDateTime assessedAt) {}

  /** One of the person's entries on the risk timeline. */
  public record RiskPoint(OffsetDateTime at, RiskLevel level) {}
}
