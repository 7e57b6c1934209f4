package org.haven.crisis.model;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.haven.crisis.RiskLevel;

/**
 * How sure the model must be before it raises a text: the probability of CRITICAL alone, of HIGH or
 * above, and of MODERATE or above, each checked from the most urgent down.
 */
public record RaiseThresholds(double moderate, double high, double critical) {

  static RaiseThresholds from(JsonObject levels) {
    return new RaiseThresholds(
        levels.getJsonNumber(RiskLevel.MODERATE.name()).doubleValue(),
        levels.getJsonNumber(RiskLevel.HIGH.name()).doubleValue(),
        levels.getJsonNumber(RiskLevel.CRITICAL.name()).doubleValue());
  }

  /** The form {@link #from} reads, as a model's metadata stores it. */
  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add(RiskLevel.MODERATE.name(), moderate)
        .add(RiskLevel.HIGH.name(), high)
        .add(RiskLevel.CRITICAL.name(), critical)
        .build();
  }

  /** The level these probabilities justify raising to. */
  public RiskLevel levelFor(Map<RiskLevel, Double> p) {
    double critical = p.getOrDefault(RiskLevel.CRITICAL, 0.0);
    double highOrAbove = critical + p.getOrDefault(RiskLevel.HIGH, 0.0);
    if (critical >= this.critical) {
      return RiskLevel.CRITICAL;
    }
    if (highOrAbove >= high) {
      return RiskLevel.HIGH;
    }
    return moderateOrAbove(p) >= moderate ? RiskLevel.MODERATE : RiskLevel.NONE;
  }

  static double moderateOrAbove(Map<RiskLevel, Double> p) {
    return p.getOrDefault(RiskLevel.CRITICAL, 0.0)
        + p.getOrDefault(RiskLevel.HIGH, 0.0)
        + p.getOrDefault(RiskLevel.MODERATE, 0.0);
  }
}
