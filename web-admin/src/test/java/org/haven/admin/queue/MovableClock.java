package org.haven.admin.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves on by hand. */
final class MovableClock extends Clock {
  private Instant instant;

  MovableClock(Instant start) {
    instant = start;
  }

  void advance(Duration by) {
    instant = instant.plus(by);
  }

  @Override
  public Instant instant() {
    return instant;
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
