package org.haven.job;

/** Where a job is: waiting, held by a worker, or finished one way or another. */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  /** Failed on every attempt it was allowed: kept for an operator to read and retry. */
  DEAD,
  CANCELLED
}
