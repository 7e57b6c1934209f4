package org.haven.job;

/** What one step of a job ends with: the job is done, or it goes on from a saved checkpoint. */
public record JobOutcome(boolean done, Progress progress) {

  public static JobOutcome finished() {
    return new JobOutcome(true, Progress.NONE);
  }

  public static JobOutcome finished(Progress progress) {
    return new JobOutcome(true, progress);
  }

  public static JobOutcome continueFrom(Progress progress) {
    return new JobOutcome(false, progress);
  }
}
