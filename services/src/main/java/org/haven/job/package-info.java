/**
 * Durable background work in PostgreSQL: jobs with priorities, claimed with {@code FOR UPDATE SKIP
 * LOCKED} under leases that expire when a worker dies, retried with backoff into a dead-letter
 * state, idempotent by key, cancellable, and resumable from checkpoints. {@link
 * org.haven.job.JobEngine} is plain Java over JDBC; {@link org.haven.job.JobWorkers} runs it on the
 * application server's managed executors.
 */
package org.haven.job;
