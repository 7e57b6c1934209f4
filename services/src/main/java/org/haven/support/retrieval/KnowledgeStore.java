package org.haven.support.retrieval;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.EvidenceLevel;
import org.haven.support.knowledge.Passage;
import org.haven.support.knowledge.PassageJson;

/** The knowledge_passage table's statements, on the caller's connection and transaction. */
public final class KnowledgeStore {

  private static final String COLUMNS =
      "passage_key, title, domain, techniques, evidence_level, contraindications, body, citations,"
          + " situations";

  /** Bundled passages (no document) by key, with the hash of what was last stored. */
  Map<String, String> bundledHashes(Connection c) throws SQLException {
    Map<String, String> hashes = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT passage_key, content_hash FROM knowledge_passage"
                    + " WHERE document_id IS NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        hashes.put(rs.getString(1), rs.getString(2));
      }
    }
    return hashes;
  }

  /**
   * Stores a passage unless one with the same content is stored already (then its vector is kept,
   * and a passage of another key holding it makes this one a duplicate: false).
   */
  public boolean put(Connection c, Passage p, String hash, Optional<UUID> document)
      throws SQLException {
    Optional<String> holder = keyWithHash(c, hash);
    if (holder.isPresent()) {
      return holder.get().equals(p.key());
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO knowledge_passage ("
                + COLUMNS
                + ", document_id, content_hash, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (passage_key) DO UPDATE SET title = excluded.title,"
                + " domain = excluded.domain, techniques = excluded.techniques,"
                + " evidence_level = excluded.evidence_level,"
                + " contraindications = excluded.contraindications, body = excluded.body,"
                + " citations = excluded.citations, situations = excluded.situations,"
                + " content_hash = excluded.content_hash,"
                + " vector = NULL, model = NULL, changed_at = excluded.changed_at")) {
      s.setString(1, p.key());
      s.setString(2, p.title());
      s.setString(3, p.domain().name());
      s.setString(4, PassageJson.array(p.techniques()).toString());
      s.setString(5, p.evidence().name());
      s.setString(6, PassageJson.array(p.contraindications()).toString());
      s.setString(7, p.text());
      s.setString(8, PassageJson.citationArray(p.citations()).toString());
      s.setString(9, PassageJson.array(p.situations()).toString());
      s.setObject(10, document.orElse(null));
      s.setString(11, hash);
      s.setTimestamp(12, Timestamp.from(Instant.now()));
      s.executeUpdate();
      return true;
    }
  }

  private static Optional<String> keyWithHash(Connection c, String hash) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT passage_key FROM knowledge_passage WHERE content_hash = ?")) {
      s.setString(1, hash);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  void deleteBundled(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM knowledge_passage WHERE passage_key = ? AND document_id IS NULL")) {
      s.setString(1, key);
      s.executeUpdate();
    }
  }

  List<Passage> unembedded(Connection c, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM knowledge_passage WHERE vector IS NULL LIMIT ?")) {
      s.setInt(1, limit);
      List<Passage> passages = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          passages.add(passage(rs));
        }
      }
      return passages;
    }
  }

  /** A passage's vectors, stored end to end in one value. */
  public void setVectors(Connection c, String key, List<float[]> vectors, String model)
      throws SQLException {
    float[] all = new float[vectors.stream().mapToInt(v -> v.length).sum()];
    int at = 0;
    for (float[] v : vectors) {
      System.arraycopy(v, 0, all, at, v.length);
      at += v.length;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE knowledge_passage SET vector = ?, model = ? WHERE passage_key = ?")) {
      s.setBytes(1, TextMeaning.bytes(all));
      s.setString(2, model);
      s.setString(3, key);
      s.executeUpdate();
    }
  }

  /** Every embedded passage with its vector, in key order so each server builds the same index. */
  Embedded embedded(Connection c) throws SQLException {
    List<Passage> passages = new ArrayList<>();
    List<List<float[]>> vectors = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + ", vector FROM knowledge_passage WHERE vector IS NOT NULL"
                    + " ORDER BY passage_key");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        passages.add(passage(rs));
        vectors.add(split(TextMeaning.floats(rs.getBytes(10))));
      }
    }
    return new Embedded(passages, vectors);
  }

  /** Changes whenever a passage is added, changed, embedded or removed. */
  String version(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*), count(vector), max(changed_at) FROM knowledge_passage");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getTimestamp(3);
    }
  }

  private static Passage passage(ResultSet rs) throws SQLException {
    return new Passage(
        rs.getString(1),
        rs.getString(2),
        Domain.valueOf(rs.getString(3)),
        PassageJson.strings(PassageJson.parseArray(rs.getString(4))),
        EvidenceLevel.valueOf(rs.getString(5)),
        PassageJson.contraindications(PassageJson.parseArray(rs.getString(6))),
        rs.getString(7),
        PassageJson.citations(PassageJson.parseArray(rs.getString(8))),
        PassageJson.strings(PassageJson.parseArray(rs.getString(9))));
  }

  private static List<float[]> split(float[] all) {
    int dimensions = SentenceEmbedder.DIMENSIONS;
    List<float[]> vectors = new ArrayList<>(all.length / dimensions);
    for (int at = 0; at + dimensions <= all.length; at += dimensions) {
      vectors.add(Arrays.copyOfRange(all, at, at + dimensions));
    }
    return vectors;
  }

  /** Passages and their vectors (one or more each), index for index. */
  record Embedded(List<Passage> passages, List<List<float[]>> vectors) {}
}
