package org.haven.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Current time in UTC at the precision PostgreSQL stores (microseconds), so a timestamp read back
 * from the database equals the one that was written.
 */
@ApplicationScoped
public class WallClock {

  private final Clock clock;

  public WallClock() {
    this(Clock.systemUTC());
  }

  public WallClock(Clock clock) {
    this.clock = clock;
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  public Clock clock() {
    return clock;
  }
}
