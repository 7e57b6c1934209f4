package org.haven.job;

/** Told how each run of a job ended, for metrics. */
@FunctionalInterface
public interface JobListener {

  JobListener NONE = (job, ending, nanos) -> {};

  void ran(ClaimedJob job, Ending ending, long nanos);

  /** How a worker's hold on a job ended. */
  enum Ending {
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** Another worker took the job over after this one's lease ran out. */
    LEASE_LOST,
    /** This server stopped and put the job back for another. */
    RELEASED
  }
}
