package org.haven.job;

import java.sql.Connection;

/**
 * One step of a job as its handler sees it: the job, where the last step left off, and the
 * connection of the transaction that also records the step (so the step's work and its record
 * commit together, or neither does).
 */
public record JobRun(ClaimedJob job, Progress progress, Connection connection) {

  public String payload() {
    return job.payload();
  }
}
