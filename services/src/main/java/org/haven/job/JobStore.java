package org.haven.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The job table's statements, each on the caller's connection and so in the caller's transaction.
 * Times come from the database's clock, which every server shares.
 */
public final class JobStore {

  /** Adds a job, or finds the one enqueued before under the same idempotency key. */
  public UUID enqueue(Connection c, JobRequest request) throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO job (id, kind, priority, state, payload, idempotency_key, max_attempts,"
                + " owner_id, run_at, created_at) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?, ?, now(), now())"
                + " ON CONFLICT (idempotency_key) DO NOTHING")) {
      s.setObject(1, id);
      s.setString(2, request.kind());
      s.setInt(3, request.priority().rank());
      s.setString(4, request.payload());
      s.setString(5, request.idempotencyKey().orElse(null));
      s.setInt(6, request.maxAttempts());
      s.setObject(7, request.owner().orElse(null));
      if (s.executeUpdate() == 1) {
        return id;
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM job WHERE idempotency_key = ?")) {
      s.setString(1, request.idempotencyKey().orElseThrow());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getObject(1, UUID.class);
      }
    }
  }

  /**
   * Takes up to {@code max} ready jobs of one priority, oldest first, skipping rows other workers
   * are taking at the same moment.
   */
  public List<ClaimedJob> claim(
      Connection c, Priority priority, String worker, Duration lease, int max) throws SQLException {
    String owner = worker + "/" + UUID.randomUUID();
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = 'RUNNING', lease_owner = ?, attempts = attempts + 1,"
                + " lease_until = now() + ? * interval '1 millisecond',"
                + " started_at = coalesce(started_at, now())"
                + " WHERE id IN (SELECT id FROM job WHERE state = 'QUEUED' AND priority = ?"
                + " AND run_at <= now() ORDER BY run_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, kind, priority, payload, attempts, max_attempts,"
                + " progress_done, progress_total, cursor")) {
      s.setString(1, owner);
      s.setLong(2, lease.toMillis());
      s.setInt(3, priority.rank());
      s.setInt(4, max);
      List<ClaimedJob> claimed = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          claimed.add(
              new ClaimedJob(
                  rs.getObject("id", UUID.class),
                  rs.getString("kind"),
                  Priority.ofRank(rs.getInt("priority")),
                  rs.getString("payload"),
                  rs.getInt("attempts"),
                  rs.getInt("max_attempts"),
                  owner,
                  new Progress(
                      rs.getLong("progress_done"),
                      rs.getLong("progress_total"),
                      rs.getString("cursor"))));
        }
      }
      return claimed;
    }
  }

  /** Extends the leases of the jobs this worker still runs. */
  public void heartbeat(Connection c, List<String> owners, Duration lease) throws SQLException {
    if (owners.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET lease_until = now() + ? * interval '1 millisecond'"
                + " WHERE state = 'RUNNING' AND lease_owner = ANY (?)")) {
      s.setLong(1, lease.toMillis());
      s.setArray(2, c.createArrayOf("varchar", owners.toArray()));
      s.executeUpdate();
    }
  }

  /**
   * Puts back the jobs whose workers stopped renewing their lease, or lets them die when they have
   * used all their attempts.
   */
  public int requeueExpired(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = CASE WHEN attempts >= max_attempts THEN 'DEAD' ELSE 'QUEUED'"
                + " END, finished_at = CASE WHEN attempts >= max_attempts THEN now() END,"
                + " lease_owner = NULL, lease_until = NULL, run_at = now(),"
                + " last_error = 'The worker running it stopped (lease expired)'"
                + " WHERE state = 'RUNNING' AND lease_until < now()")) {
      return s.executeUpdate();
    }
  }

  /**
   * Saves a step's progress and renews the lease; empty when the lease was lost, else whether
   * cancellation was asked for.
   */
  public Optional<Boolean> checkpoint(
      Connection c, ClaimedJob job, Progress progress, Duration lease) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET progress_done = ?, progress_total = ?, cursor = ?,"
                + " lease_until = now() + ? * interval '1 millisecond'"
                + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'"
                + " RETURNING cancel_requested")) {
      s.setLong(1, progress.done());
      s.setLong(2, progress.total());
      s.setString(3, progress.cursor());
      s.setLong(4, lease.toMillis());
      s.setObject(5, job.id());
      s.setString(6, job.leaseOwner());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBoolean(1)) : Optional.empty();
      }
    }
  }

  /** Marks a held job done; false when the lease was lost. */
  public boolean complete(Connection c, ClaimedJob job, Progress progress) throws SQLException {
    return finish(c, job, progress, "SUCCEEDED");
  }

  /** Marks a held job cancelled, where its last step left it. */
  public boolean cancelled(Connection c, ClaimedJob job, Progress progress) throws SQLException {
    return finish(c, job, progress, "CANCELLED");
  }

  private boolean finish(Connection c, ClaimedJob job, Progress progress, String state)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = ?, progress_done = ?, progress_total = ?, cursor = ?,"
                + " finished_at = now(), lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'")) {
      s.setString(1, state);
      s.setLong(2, progress.done());
      s.setLong(3, progress.total());
      s.setString(4, progress.cursor());
      s.setObject(5, job.id());
      s.setString(6, job.leaseOwner());
      return s.executeUpdate() == 1;
    }
  }

  /** Puts a held job back in the queue, this attempt uncounted: its server is stopping. */
  public boolean release(Connection c, ClaimedJob job) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = 'QUEUED', attempts = attempts - 1, run_at = now(),"
                + " lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'")) {
      s.setObject(1, job.id());
      s.setString(2, job.leaseOwner());
      return s.executeUpdate() == 1;
    }
  }

  /**
   * Records a failed attempt: the job waits {@code backoff} and runs again, or is dead when it has
   * no attempts left.
   */
  public void fail(Connection c, ClaimedJob job, String error, Duration backoff)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = CASE WHEN attempts >= max_attempts THEN 'DEAD' ELSE 'QUEUED'"
                + " END, finished_at = CASE WHEN attempts >= max_attempts THEN now() END,"
                + " run_at = now() + ? * interval '1 millisecond', last_error = ?,"
                + " lease_owner = NULL, lease_until = NULL"
                + " WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'")) {
      s.setLong(1, backoff.toMillis());
      s.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
      s.setObject(3, job.id());
      s.setString(4, job.leaseOwner());
      s.executeUpdate();
    }
  }

  /**
   * Cancels a waiting job at once, or asks a running one to stop after its current step. False when
   * the job is already finished or unknown.
   */
  public boolean cancel(Connection c, UUID id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = CASE WHEN state = 'QUEUED' THEN 'CANCELLED' ELSE state END,"
                + " finished_at = CASE WHEN state = 'QUEUED' THEN now() ELSE finished_at END,"
                + " cancel_requested = true WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")) {
      s.setObject(1, id);
      return s.executeUpdate() == 1;
    }
  }

  /**
   * Queues a dead or cancelled job again with a fresh set of attempts, from its last checkpoint.
   */
  public boolean retry(Connection c, UUID id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE job SET state = 'QUEUED', attempts = 0, run_at = now(), finished_at = NULL,"
                + " cancel_requested = false WHERE id = ? AND state IN ('DEAD', 'CANCELLED')")) {
      s.setObject(1, id);
      return s.executeUpdate() == 1;
    }
  }
}
