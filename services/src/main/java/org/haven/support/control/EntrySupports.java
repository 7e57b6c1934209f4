package org.haven.support.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.haven.platform.crypto.Keyring;
import org.haven.support.Support;
import org.haven.support.SupportCitation;
import org.haven.support.SupportSource;
import org.haven.support.SupportStatus;
import org.haven.support.intervention.InterventionType;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.EvidenceLevel;
import org.haven.support.knowledge.PassageJson;

/**
 * The entry_support table, on the connection of the caller's transaction. The text is sealed with
 * the entry's identity: it is written about the person's journal.
 */
@ApplicationScoped
public class EntrySupports {

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Inject Keyring keyring;

  void create(UUID entry, long version, UUID owner, Support support, SupportRequest request) {
    update(
        "INSERT INTO entry_support (status, source, intervention, approach, techniques, text_sealed,"
            + " citations, fallback_reason, llm_model, updated_at, entry_version, plan, owner_id,"
            + " created_at, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (entry_id)"
            + " DO UPDATE SET status = excluded.status, source = excluded.source, intervention ="
            + " excluded.intervention, approach = excluded.approach, techniques ="
            + " excluded.techniques, text_sealed = excluded.text_sealed, citations ="
            + " excluded.citations, fallback_reason = excluded.fallback_reason, llm_model ="
            + " excluded.llm_model, updated_at = excluded.updated_at, plan = excluded.plan,"
            + " entry_version = excluded.entry_version",
        entry,
        support,
        Optional.of(version),
        Optional.of(new Extra(request.json(), owner)));
  }

  /**
   * Replaces the pending support of this version of the entry with the final one; a support already
   * final, or written for a later revision, stays as it is.
   */
  boolean finish(UUID entry, long version, Support support) {
    return update(
            "UPDATE entry_support SET status = ?, source = ?, intervention = ?, approach = ?,"
                + " techniques = ?, text_sealed = ?, citations = ?, fallback_reason = ?,"
                + " llm_model = ?, updated_at = ? WHERE entry_version = ? AND entry_id = ?"
                + " AND status = 'PENDING'",
            entry,
            support,
            Optional.of(version),
            Optional.empty())
        > 0;
  }

  public Optional<Support> find(UUID entry) {
    return query(entry).map(Row::support);
  }

  Optional<Row> query(UUID entry) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, source, intervention, approach, techniques, text_sealed,"
                    + " citations, fallback_reason, llm_model, plan, owner_id, entry_version"
                    + " FROM entry_support"
                    + " WHERE entry_id = ?")) {
      s.setObject(1, entry);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Support support =
            new Support(
                SupportStatus.valueOf(rs.getString(1)),
                SupportSource.valueOf(rs.getString(2)),
                InterventionType.valueOf(rs.getString(3)),
                rs.getString(4),
                PassageJson.strings(PassageJson.parseArray(rs.getString(5))),
                keyring.openText(rs.getBytes(6), subject(entry)),
                citations(rs.getString(7)),
                rs.getString(8),
                rs.getString(9));
        return Optional.of(
            new Row(
                support,
                SupportRequest.fromJson(rs.getString(10)),
                rs.getObject(11, UUID.class),
                rs.getLong(12)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the support of an entry", e);
    }
  }

  private int update(
      String sql, UUID entry, Support s, Optional<Long> version, Optional<Extra> extra) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      Timestamp now = Timestamp.from(Instant.now());
      st.setString(1, s.status().name());
      st.setString(2, s.source().name());
      st.setString(3, s.intervention().name());
      st.setString(4, s.approach());
      st.setString(5, PassageJson.array(s.techniques()).toString());
      st.setBytes(6, keyring.seal(s.text(), subject(entry)));
      st.setString(7, citationsJson(s.citations()));
      st.setString(8, s.fallbackReason());
      st.setString(9, s.model());
      st.setTimestamp(10, now);
      int next = 11;
      if (version.isPresent()) {
        st.setLong(next++, version.get());
      }
      if (extra.isPresent()) {
        st.setString(next++, extra.get().plan());
        st.setObject(next++, extra.get().owner());
        st.setTimestamp(next++, now);
      }
      st.setObject(next, entry);
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the support of an entry", e);
    }
  }

  private static String citationsJson(List<SupportCitation> citations) {
    var array = Json.createArrayBuilder();
    for (SupportCitation c : citations) {
      array.add(
          Json.createObjectBuilder()
              .add("number", c.number())
              .add("passage", c.passage())
              .add("title", c.title())
              .add("domain", c.domain().name())
              .add("evidence", c.evidence().name())
              .add("sources", PassageJson.citationArray(c.sources())));
    }
    return array.build().toString();
  }

  private static List<SupportCitation> citations(String json) {
    JsonArray array = Json.createReader(new StringReader(json)).readArray();
    return array.getValuesAs(JsonObject.class).stream()
        .map(
            c ->
                new SupportCitation(
                    c.getInt("number"),
                    c.getString("passage"),
                    c.getString("title"),
                    Domain.valueOf(c.getString("domain")),
                    EvidenceLevel.valueOf(c.getString("evidence")),
                    PassageJson.citations(c.getJsonArray("sources"))))
        .toList();
  }

  static String subject(UUID entry) {
    return "entry_support/" + entry;
  }

  /** A stored support with what it was planned from, whose it is, and for which version. */
  record Row(Support support, SupportRequest request, UUID owner, long version) {}

  private record Extra(String plan, UUID owner) {}
}
