package org.haven.platform.ratelimit;

import java.time.Duration;

/** A bucket's size and how long it takes to refill completely: {@code 10/PT1M}. */
public record Rate(long capacity, Duration period) {

  public Rate {
    if (capacity < 1 || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("A rate needs a positive capacity and period");
    }
  }

  public static Rate parse(String text) {
    String[] parts = text.trim().split("/", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "A rate is written capacity/ISO-8601 period, e.g. 10/PT1M");
    }
    return new Rate(Long.parseLong(parts[0].trim()), Duration.parse(parts[1].trim()));
  }

  @Override
  public String toString() {
    return capacity + "/" + period;
  }
}
