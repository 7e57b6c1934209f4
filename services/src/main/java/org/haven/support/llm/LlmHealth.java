package org.haven.support.llm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.haven.platform.time.WallClock;

/**
 * What this server last saw of the LLM, for the console: the last answer, the last failure and its
 * reason. The circuit breaker counts as open while the newest outcome is a call it refused.
 */
@ApplicationScoped
public class LlmHealth {

  @Inject WallClock clock;

  private volatile Outcome last;

  /** The latest call's result, or empty before the first call. */
  public record Outcome(boolean answered, String reason, OffsetDateTime at) {

    public boolean circuitOpen() {
      return "llm-circuit-open".equals(reason);
    }
  }

  public void answered() {
    last = new Outcome(true, "", clock.now());
  }

  public void failed(String reason) {
    last = new Outcome(false, reason, clock.now());
  }

  public Optional<Outcome> last() {
    return Optional.ofNullable(last);
  }
}
