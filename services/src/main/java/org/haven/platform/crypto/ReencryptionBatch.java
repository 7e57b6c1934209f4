package org.haven.platform.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Moves one batch of values to the primary key, each batch its own short transaction. A value
 * rewritten meanwhile by a request is left alone: that request sealed it under the primary already.
 */
@ApplicationScoped
public class ReencryptionBatch {

  static final UUID BEFORE_ALL = new UUID(0, 0);
  private static final Logger LOG = Logger.getLogger(ReencryptionBatch.class.getName());

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Inject Keyring keyring;

  /** Re-seals up to {@code size} stale values after {@code after}; answers the last id seen. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Moved move(SealedColumn c, UUID after, int size) throws SQLException {
    byte[] primary = keyring.primaryKeyId().getBytes(StandardCharsets.US_ASCII);
    String select =
        "SELECT %s, %s FROM %s WHERE %s > ? AND %s <> ? ORDER BY %s LIMIT ?"
            .formatted(c.id(), c.column(), c.table(), c.id(), c.keyIdSql(), c.id());
    String update =
        "UPDATE %s SET %s = ? WHERE %s = ? AND %s = ?"
            .formatted(c.table(), c.column(), c.id(), c.column());
    try (Connection db = dataSource.getConnection();
        PreparedStatement stale = db.prepareStatement(select);
        PreparedStatement write = db.prepareStatement(update)) {
      stale.setObject(1, after);
      stale.setBytes(2, primary);
      stale.setInt(3, size);
      UUID last = null;
      int moved = 0;
      int unreadable = 0;
      try (ResultSet rs = stale.executeQuery()) {
        while (rs.next()) {
          last = rs.getObject(1, UUID.class);
          byte[] old = rs.getBytes(2);
          Keyring.Opened opened;
          try {
            opened = keyring.open(old);
          } catch (NotSealedException e) {
            // One damaged value must not keep every other one under the retired key.
            unreadable++;
            LOG.warning("A value in " + c.table() + " " + last + " does not open; left as it is");
            continue;
          }
          write.setBytes(1, keyring.seal(opened.plain(), opened.subject()));
          write.setObject(2, last);
          write.setBytes(3, old);
          moved += write.executeUpdate();
        }
      }
      return new Moved(moved, unreadable, last);
    }
  }

  /** Values not under {@code keyId} in one column. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long countNotUnder(SealedColumn c, String keyId) throws SQLException {
    String count = "SELECT count(*) FROM %s WHERE %s <> ?".formatted(c.table(), c.keyIdSql());
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement(count)) {
      query.setBytes(1, keyId.getBytes(StandardCharsets.US_ASCII));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * What a batch moved or could not open, and where the next starts; {@code last} null at the end.
   */
  public record Moved(int count, int unreadable, UUID last) {}
}
