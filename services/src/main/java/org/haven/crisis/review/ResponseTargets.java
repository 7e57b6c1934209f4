package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.RiskLevel;

/** How soon a clinician must respond to a case, by level, and from which level a case opens. */
@ApplicationScoped
public class ResponseTargets {

  @Inject
  @ConfigProperty(name = "haven.crisis.sla.critical", defaultValue = "PT10M")
  Duration critical;

  @Inject
  @ConfigProperty(name = "haven.crisis.sla.high", defaultValue = "PT30M")
  Duration high;

  @Inject
  @ConfigProperty(name = "haven.crisis.sla.moderate", defaultValue = "PT4H")
  Duration moderate;

  @Inject
  @ConfigProperty(name = "haven.crisis.review.min-level", defaultValue = "HIGH")
  RiskLevel reviewFrom;

  public Duration within(RiskLevel level) {
    return switch (level) {
      case CRITICAL -> critical;
      case HIGH -> high;
      default -> moderate;
    };
  }

  public boolean needsReview(RiskLevel level) {
    return level.isAtLeast(reviewFrom);
  }
}
