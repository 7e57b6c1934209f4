package org.haven.job;

/**
 * Thrown inside a step's transaction when the worker no longer holds the job (its lease ran out and
 * another worker took it): the step's work rolls back, so it is done once, by the new holder.
 */
final class LeaseLost extends RuntimeException {

  LeaseLost(ClaimedJob job) {
    super("Lease on job " + job.id() + " was lost", null, false, false);
  }
}
