package org.haven.entry.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The entry_embedding table's statements, on the caller's connection and transaction. */
final class EntryVectors {

  void put(Connection c, UUID entryId, UUID owner, byte[] sealed, String model)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO entry_embedding (entry_id, owner_id, vector_sealed, model, embedded_at)"
                + " VALUES (?, ?, ?, ?, now()) ON CONFLICT (entry_id) DO UPDATE SET"
                + " vector_sealed = excluded.vector_sealed, model = excluded.model,"
                + " embedded_at = excluded.embedded_at")) {
      s.setObject(1, entryId);
      s.setObject(2, owner);
      s.setBytes(3, sealed);
      s.setString(4, model);
      s.executeUpdate();
    }
  }

  List<Sealed> ofOwner(Connection c, UUID owner) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT entry_id, vector_sealed FROM entry_embedding WHERE owner_id = ?")) {
      s.setObject(1, owner);
      List<Sealed> vectors = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          vectors.add(new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2)));
        }
      }
      return vectors;
    }
  }

  /** One entry's vector, still sealed. */
  record Sealed(UUID entryId, byte[] vector) {}

  static String subject(UUID entryId) {
    return "entry_embedding/" + entryId;
  }
}
