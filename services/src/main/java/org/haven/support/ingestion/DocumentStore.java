package org.haven.support.ingestion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.support.knowledge.Domain;

/** The knowledge_document table's statements, on the caller's connection and transaction. */
final class DocumentStore {

  private static final String COLUMNS =
      "id, name, media_type, domain, status, size_bytes, chars_read, passages, failure, job_id,"
          + " created_at, ready_at";

  void insert(Connection c, UUID id, DocumentMeta meta, long size, String hash, String addedBy)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO knowledge_document (id, name, media_type, domain, meta, size_bytes,"
                + " content_hash, status, added_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, now())")) {
      s.setObject(1, id);
      s.setString(2, meta.name());
      s.setString(3, meta.mediaType());
      s.setString(4, meta.domain().name());
      s.setString(5, meta.json());
      s.setLong(6, size);
      s.setString(7, hash);
      s.setString(8, addedBy);
      s.executeUpdate();
    }
  }

  void setJob(Connection c, UUID id, UUID job) throws SQLException {
    update(c, "UPDATE knowledge_document SET job_id = ? WHERE id = ?", job, id);
  }

  void progress(Connection c, UUID id, long charactersRead, int passages) throws SQLException {
    update(
        c,
        "UPDATE knowledge_document SET chars_read = ?, passages = passages + ? WHERE id = ?",
        charactersRead,
        passages,
        id);
  }

  void ready(Connection c, UUID id) throws SQLException {
    update(
        c,
        "UPDATE knowledge_document SET status = 'READY', ready_at = now()" + " WHERE id = ?",
        id);
  }

  void failed(Connection c, UUID id, String reason) throws SQLException {
    update(
        c, "UPDATE knowledge_document SET status = 'FAILED', failure = ? WHERE id = ?", reason, id);
  }

  boolean delete(Connection c, UUID id) throws SQLException {
    return update(c, "DELETE FROM knowledge_document WHERE id = ?", id) > 0;
  }

  Optional<UUID> withHash(Connection c, String hash) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT id FROM knowledge_document WHERE content_hash = ?")) {
      s.setString(1, hash);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  Optional<KnowledgeDocument> find(Connection c, UUID id) throws SQLException {
    List<KnowledgeDocument> found = select(c, " WHERE id = ?", id);
    return found.stream().findFirst();
  }

  List<KnowledgeDocument> list(Connection c) throws SQLException {
    return select(c, " ORDER BY created_at DESC");
  }

  /** The document's metadata, to build its passages from. */
  Optional<DocumentMeta> meta(Connection c, UUID id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT name, media_type, domain, meta FROM knowledge_document WHERE id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(
                DocumentMeta.of(
                    rs.getString(1),
                    rs.getString(2),
                    Domain.valueOf(rs.getString(3)),
                    rs.getString(4)))
            : Optional.empty();
      }
    }
  }

  private List<KnowledgeDocument> select(Connection c, String where, Object... parameters)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + COLUMNS + " FROM knowledge_document" + where)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<KnowledgeDocument> documents = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          documents.add(
              new KnowledgeDocument(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  rs.getInt(8),
                  rs.getString(9),
                  rs.getObject(10, UUID.class),
                  rs.getObject(11, OffsetDateTime.class),
                  rs.getObject(12, OffsetDateTime.class)));
        }
      }
      return documents;
    }
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    }
  }
}
