package org.haven.tools;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.haven.audit.AuditVerification;
import org.haven.audit.AuditVerifier;

/** {@code audit verify}: the server's own verifier, run straight against the database. */
final class AuditCommand {

  private AuditCommand() {}

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int UNREACHABLE = 3;

  /** Answers the process exit status: 0 intact, 1 broken, 3 database not readable. */
  static int verify(String jdbcUrl, String user, PrintStream out) {
    String password = System.getenv().getOrDefault("HAVEN_DB_PASSWORD", "");
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      AuditVerification result = AuditVerifier.verify(db);
      if (result.isIntact()) {
        out.println("intact: " + result.checked() + " records");
        return INTACT;
      }
      out.println(
          "broken at record "
              + result.brokenAt().orElseThrow()
              + ": "
              + result.reason().orElseThrow()
              + " ("
              + result.checked()
              + " records before it are intact)");
      return BROKEN;
    } catch (SQLException e) {
      System.err.println("cannot read the audit chain: " + e.getMessage());
      return UNREACHABLE;
    }
  }
}
