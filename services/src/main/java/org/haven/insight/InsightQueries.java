package org.haven.insight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The aggregations insights are made of, each one SQL statement over one person's rows, grouped in
 * their time zone. Plain JDBC on the caller's connection, so a benchmark runs the same statements.
 */
public final class InsightQueries {

  /** What changes whenever an entry is written, revised or deleted: part of every cache key. */
  public String state(Connection c, UUID owner) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT count(*), coalesce(max(updated_at)::text, '') FROM journal_entry"
                + " WHERE owner_id = ?")) {
      s.setObject(1, owner);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) + "@" + rs.getString(2);
      }
    }
  }

  /** Entries and words per day written on, oldest first. */
  public Map<LocalDate, long[]> days(Connection c, UUID owner, String zone) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT (created_at AT TIME ZONE ?)::date AS day, count(*),"
                + " coalesce(sum(word_count), 0) FROM journal_entry WHERE owner_id = ?"
                + " GROUP BY day ORDER BY day")) {
      s.setString(1, zone);
      s.setObject(2, owner);
      Map<LocalDate, long[]> days = new LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          days.put(rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
      return days;
    }
  }

  public List<Trend> trends(Connection c, UUID owner, Period period, String zone)
      throws SQLException {
    Map<LocalDate, Map<String, Long>> emotions = dominantEmotions(c, owner, period, zone);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT date_trunc(?, e.created_at AT TIME ZONE ?)::date AS period, count(*),"
                + " coalesce(sum(e.word_count), 0), avg(e.mood)::float8, avg(m.valence)"
                + " FROM journal_entry e LEFT JOIN entry_emotion m ON m.entry_id = e.id"
                + " WHERE e.owner_id = ? GROUP BY period ORDER BY period")) {
      s.setString(1, period.sqlUnit());
      s.setString(2, zone);
      s.setObject(3, owner);
      List<Trend> trends = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          LocalDate at = rs.getObject(1, LocalDate.class);
          trends.add(
              new Trend(
                  at,
                  rs.getLong(2),
                  rs.getLong(3),
                  nullableDouble(rs, 4),
                  nullableDouble(rs, 5),
                  emotions.getOrDefault(at, Map.of())));
        }
      }
      return trends;
    }
  }

  private Map<LocalDate, Map<String, Long>> dominantEmotions(
      Connection c, UUID owner, Period period, String zone) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT date_trunc(?, e.created_at AT TIME ZONE ?)::date AS period, m.dominant,"
                + " count(*) FROM journal_entry e JOIN entry_emotion m ON m.entry_id = e.id"
                + " WHERE e.owner_id = ? GROUP BY period, m.dominant")) {
      s.setString(1, period.sqlUnit());
      s.setString(2, zone);
      s.setObject(3, owner);
      Map<LocalDate, Map<String, Long>> counts = new LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts
              .computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new TreeMap<>())
              .put(rs.getString(2), rs.getLong(3));
        }
      }
      return counts;
    }
  }

  /**
   * Every tag with its use, and per tag the days with a mood that carry it and those that do not,
   * with the mean mood of each, in one statement.
   */
  public List<TagInsight> tags(Connection c, UUID owner, String zone, int minDays)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "WITH mine AS (SELECT id, mood, (created_at AT TIME ZONE ?)::date AS day"
                + " FROM journal_entry WHERE owner_id = ?),"
                + " days AS (SELECT day, avg(mood) AS mood FROM mine WHERE mood IS NOT NULL"
                + " GROUP BY day),"
                + " tagged AS (SELECT t.tag, m.day FROM journal_entry_tag t"
                + " JOIN mine m ON m.id = t.entry_id),"
                + " uses AS (SELECT tag, count(*) AS entries FROM tagged GROUP BY tag),"
                + " tag_days AS (SELECT DISTINCT tag, day FROM tagged)"
                + " SELECT u.tag, u.entries,"
                + " count(d.day) FILTER (WHERE td.day IS NOT NULL),"
                + " count(d.day) FILTER (WHERE td.day IS NULL),"
                + " avg(d.mood) FILTER (WHERE td.day IS NOT NULL),"
                + " avg(d.mood) FILTER (WHERE td.day IS NULL)"
                + " FROM uses u LEFT JOIN days d ON true"
                + " LEFT JOIN tag_days td ON td.tag = u.tag AND td.day = d.day"
                + " GROUP BY u.tag, u.entries ORDER BY u.entries DESC, u.tag")) {
      s.setString(1, zone);
      s.setObject(2, owner);
      List<TagInsight> tags = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long with = rs.getLong(3);
          long without = rs.getLong(4);
          boolean enough = with >= minDays && without >= minDays;
          tags.add(
              new TagInsight(
                  rs.getString(1),
                  rs.getLong(2),
                  with,
                  without,
                  enough ? rs.getDouble(5) : null,
                  enough ? rs.getDouble(6) : null));
        }
      }
      return tags;
    }
  }

  private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
