package org.haven.job;

/**
 * Does one kind of job. {@link #step} runs in a transaction with the job's own record, and is
 * called again after each {@link JobOutcome#continueFrom} until it answers {@link
 * JobOutcome#finished}. A step that throws is retried from the last checkpoint after a backoff.
 */
public interface JobHandler {

  String kind();

  JobOutcome step(JobRun run) throws Exception;
}
