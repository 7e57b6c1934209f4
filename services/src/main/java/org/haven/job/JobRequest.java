package org.haven.job;

import java.util.Optional;
import java.util.UUID;

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
    int maxAttempts,
    Optional<UUID> owner) {

  public static final int DEFAULT_ATTEMPTS = 5;

  public static JobRequest of(String kind, Priority priority, String payload) {
    return new JobRequest(
        kind, priority, payload, Optional.empty(), DEFAULT_ATTEMPTS, Optional.empty());
  }

  public JobRequest once(String key) {
    return new JobRequest(kind, priority, payload, Optional.of(key), maxAttempts, owner);
  }

  public JobRequest attempts(int max) {
    return new JobRequest(kind, priority, payload, idempotencyKey, max, owner);
  }

  /** Work done for one person: deleting their account deletes the job too. */
  public JobRequest forPerson(UUID account) {
    return new JobRequest(
        kind, priority, payload, idempotencyKey, maxAttempts, Optional.of(account));
  }
}
