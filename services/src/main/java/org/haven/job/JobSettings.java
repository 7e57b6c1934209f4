package org.haven.job;

import java.time.Duration;
import java.util.Map;

/**
 * How the workers of one server behave.
 *
 * @param concurrency the most jobs of each priority this server runs at once: bulk work has its own
 *     few slots, so it can never take the ones crisis work needs
 * @param lease how long a claim holds without a heartbeat; a dead worker's jobs run again after it
 * @param pollInterval how often idle workers look for new jobs
 * @param backoff the wait before the second attempt, doubled for each one after, up to {@code
 *     maxBackoff}
 */
public record JobSettings(
    Map<Priority, Integer> concurrency,
    Duration lease,
    Duration pollInterval,
    Duration backoff,
    Duration maxBackoff) {

  public int slots(Priority priority) {
    return concurrency.getOrDefault(priority, 1);
  }

  /** The wait before attempt {@code attempt + 1}. */
  public Duration backoffAfter(int attempt) {
    long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
    Duration wait = backoff.multipliedBy(factor);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
