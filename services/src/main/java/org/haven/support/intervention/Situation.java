package org.haven.support.intervention;

import java.util.Optional;
import java.util.Set;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.emotion.Emotion;

/** What the table decides from: the assessment's level and categories, the dominant emotion. */
public record Situation(
    RiskLevel level, Set<CrisisCategory> categories, Optional<Emotion> emotion) {

  public Situation {
    categories = Set.copyOf(categories);
  }
}
