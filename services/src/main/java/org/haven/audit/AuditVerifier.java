package org.haven.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Walks the chain from the first record and reports the first one that does not follow from the one
 * before it. Plain JDBC, so the server and {@code haven-cli audit verify} share it.
 */
public final class AuditVerifier {

  private static final int FETCH = 1_000;

  private AuditVerifier() {}

  public static AuditVerification verify(Connection db) throws SQLException {
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try (PreparedStatement records =
        db.prepareStatement(
            "SELECT seq, at, actor, action, object, prev_hash, hash FROM audit_record ORDER BY seq")) {
      records.setFetchSize(FETCH);
      long expectedSeq = 1;
      String expectedPrev = AuditRecord.GENESIS;
      try (ResultSet rs = records.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          AuditRecord record =
              new AuditRecord(
                  seq,
                  rs.getObject(2, OffsetDateTime.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6));
          if (seq != expectedSeq) {
            return AuditVerification.broken(
                expectedSeq - 1, expectedSeq, "record " + expectedSeq + " is missing");
          }
          if (!record.prevHash().equals(expectedPrev)) {
            return AuditVerification.broken(
                seq - 1, seq, "does not follow from record " + (seq - 1));
          }
          String stored = rs.getString(7);
          if (!record.hash().equals(stored)) {
            return AuditVerification.broken(seq - 1, seq, "its content was altered");
          }
          expectedPrev = stored;
          expectedSeq++;
        }
      }
      return checkHead(db, expectedSeq - 1, expectedPrev);
    } finally {
      db.rollback();
      db.setAutoCommit(autoCommit);
    }
  }

  /** Records removed from the end leave a chain that is consistent but shorter than the head. */
  private static AuditVerification checkHead(Connection db, long last, String lastHash)
      throws SQLException {
    try (PreparedStatement head = db.prepareStatement("SELECT seq, hash FROM audit_head");
        ResultSet rs = head.executeQuery()) {
      if (rs.next() && (rs.getLong(1) != last || !rs.getString(2).equals(lastHash))) {
        return AuditVerification.broken(last, last + 1, "records after " + last + " were removed");
      }
    }
    return AuditVerification.intact(last);
  }
}
