package org.haven.platform.ratelimit;

import java.time.Duration;

/** A bucket is empty: the caller may try again after {@code retryAfter}. */
public class RateLimitExceededException extends RuntimeException {

  private final Duration retryAfter;

  public RateLimitExceededException(RateClass rateClass, Duration retryAfter) {
    super("Rate limit " + rateClass + " reached");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, rounded up, as the Retry-After header wants them; at least one. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
