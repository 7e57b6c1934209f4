package org.haven.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.haven.platform.crypto.Keyring;
import org.haven.shared.Words;

/**
 * Adds each entry's word count beside its sealed text, counting the entries written before it, so
 * writing statistics are an SQL aggregation that opens no entry. Java, because only the application
 * holds the keys that open the text.
 */
public class V15__Entry_word_counts extends BaseJavaMigration {

  private final Keyring keyring;

  public V15__Entry_word_counts(Keyring keyring) {
    this.keyring = keyring;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    try (Statement s = db.createStatement()) {
      s.execute("ALTER TABLE journal_entry ADD COLUMN word_count integer");
    }
    try (PreparedStatement rows =
            db.prepareStatement("SELECT id, content_sealed FROM journal_entry");
        PreparedStatement write =
            db.prepareStatement("UPDATE journal_entry SET word_count = ? WHERE id = ?");
        ResultSet rs = rows.executeQuery()) {
      while (rs.next()) {
        Object id = rs.getObject(1);
        String text = keyring.openText(rs.getBytes(2), "journal_entry/" + id);
        write.setInt(1, Words.in(text));
        write.setObject(2, id);
        write.addBatch();
      }
      write.executeBatch();
    }
  }
}
