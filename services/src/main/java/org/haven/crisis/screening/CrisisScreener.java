package org.haven.crisis.screening;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.haven.crisis.Assessment;
import org.haven.crisis.RiskLevel;

/**
 * Screens every text. Never throws: if screening itself fails, the answer says so ({@link
 * #SCREENING_FAILED} among the degraded components) at a level that shows the person crisis
 * resources, and the review queue opens a case so a clinician reads the entry.
 */
@ApplicationScoped
public class CrisisScreener {

  public static final String SCREENING_FAILED = "screening-failed";
  private static final Logger LOG = Logger.getLogger(CrisisScreener.class.getName());

  private RuleFloor floor;

  @PostConstruct
  void loadRuleBook() {
    floor = RuleFloor.fromClassPath();
    LOG.info(() -> "Crisis screening ready with " + floor.version());
  }

  public Assessment assess(String text) {
    long started = System.nanoTime();
    try {
      return floor.assess(text);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Crisis screening failed: {0}; the entry goes to a clinician",
          e.getClass().getName());
      return failed(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  public String version() {
    return floor.version();
  }

  static Assessment failed(Duration elapsed) {
    return new Assessment(
        RiskLevel.MODERATE, 0, List.of(), List.of(), List.of(), Set.of(SCREENING_FAILED), elapsed);
  }
}
