package org.haven.job;

import java.util.Optional;

/**
 * Work to enqueue. A request with an idempotency key that was enqueued before is not enqueued
 * again: the earlier job's id is returned.
 *
 * @param payload JSON the handler reads: ids and settings, never journal text
 */
public record JobRequest(
    String kind,
    Priority priority,
    String payload,
    Optional<String> idempotencyKey,
    int maxAttempts) {

  public static final int DEFAULT_ATTEMPTS = 5;

  public static JobRequest of(String kind, Priority priority, String payload) {
    return new JobRequest(kind, priority, payload, Optional.empty(), DEFAULT_ATTEMPTS);
  }

  public JobRequest once(String key) {
    return new JobRequest(kind, priority, payload, Optional.of(key), maxAttempts);
  }

  public JobRequest attempts(int max) {
    return new JobRequest(kind, priority, payload, idempotencyKey, max);
  }
}
