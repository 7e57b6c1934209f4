package org.haven.job;

/** A checked exception from a job step, carried out of the step's transaction. */
public final class StepFailed extends RuntimeException {

  public StepFailed(Exception cause) {
    super(cause);
  }
}
