package org.haven.api.screening;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.haven.crisis.Assessment;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/** The summary of an assessment a person's app receives with their entry. */
@JsonbPropertyOrder({"level", "categories", "confidence", "degraded"})
public record ScreeningView(
    RiskLevel level, List<CrisisCategory> categories, double confidence, boolean degraded) {

  public static ScreeningView of(Assessment a) {
    return new ScreeningView(a.level(), a.categories(), round(a.confidence()), a.isDegraded());
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
