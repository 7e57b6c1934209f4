package org.haven.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What operators and metrics read of the job table. */
public final class JobQueries {

  private static final String COLUMNS =
      "id, kind, priority, state, attempts, max_attempts, progress_done, progress_total,"
          + " cancel_requested, last_error, created_at, started_at, finished_at";

  public Optional<JobView> find(Connection c, UUID id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM job WHERE id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(view(rs)) : Optional.empty();
      }
    }
  }

  /** The newest jobs, in one state or all. */
  public List<JobView> list(Connection c, Optional<JobState> state, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM job WHERE (?::varchar IS NULL OR state = ?::varchar)"
                + " ORDER BY created_at DESC, id LIMIT ?")) {
      s.setString(1, state.map(Enum::name).orElse(null));
      s.setString(2, state.map(Enum::name).orElse(null));
      s.setInt(3, limit);
      List<JobView> jobs = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          jobs.add(view(rs));
        }
      }
      return jobs;
    }
  }

  /** Per priority: jobs ready to run now, and how long the oldest of them has waited. */
  public List<QueueDepth> depth(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT priority, count(*), coalesce(extract(epoch FROM now() - min(run_at)), 0)"
                    + " FROM job WHERE state = 'QUEUED' AND run_at <= now() GROUP BY priority");
        ResultSet rs = s.executeQuery()) {
      List<QueueDepth> depths = new ArrayList<>();
      while (rs.next()) {
        depths.add(new QueueDepth(Priority.ofRank(rs.getInt(1)), rs.getLong(2), rs.getDouble(3)));
      }
      return depths;
    }
  }

  private static JobView view(ResultSet rs) throws SQLException {
    return new JobView(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        Priority.ofRank(rs.getInt("priority")),
        JobState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        rs.getInt("max_attempts"),
        rs.getLong("progress_done"),
        rs.getLong("progress_total"),
        rs.getBoolean("cancel_requested"),
        rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class));
  }

  /** Ready jobs of one priority and the age of the oldest, in seconds. */
  public record QueueDepth(Priority priority, long ready, double oldestWaitSeconds) {}
}
