package org.haven.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.haven.platform.crypto.Keyring;

/**
 * Seals journal text and assessment evidence written before Haven encrypted them, with the same
 * subjects the entities use, so V6 can drop the plain columns. A Java migration because only the
 * application holds the keys.
 */
public class V5__Seal_plain_private_text extends BaseJavaMigration {

  private final Keyring keyring;

  public V5__Seal_plain_private_text(Keyring keyring) {
    this.keyring = keyring;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    seal(db, "journal_entry", "id", "content", "content_sealed", "journal_entry/%s");
    seal(
        db,
        "entry_assessment",
        "entry_id",
        "findings",
        "findings_sealed",
        "entry_assessment/%s/findings");
    seal(
        db,
        "entry_assessment",
        "entry_id",
        "protective",
        "protective_sealed",
        "entry_assessment/%s/protective");
  }

  private void seal(
      Connection db, String table, String id, String plain, String sealed, String subject)
      throws SQLException {
    String select = "SELECT %s, %s FROM %s WHERE %s IS NOT NULL".formatted(id, plain, table, plain);
    String update =
        "UPDATE %s SET %s = ?, %s = NULL WHERE %s = ?".formatted(table, sealed, plain, id);
    try (PreparedStatement rows = db.prepareStatement(select);
        PreparedStatement write = db.prepareStatement(update);
        ResultSet rs = rows.executeQuery()) {
      while (rs.next()) {
        Object key = rs.getObject(1);
        write.setBytes(1, keyring.seal(rs.getString(2), subject.formatted(key)));
        write.setObject(2, key);
        write.addBatch();
      }
      write.executeBatch();
    }
  }
}
