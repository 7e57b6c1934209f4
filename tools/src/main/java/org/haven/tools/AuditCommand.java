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

  /** Answers the process exit status: 0 intact, 1 broken. */
  static int verify(String jdbcUrl, String user, PrintStream out) throws SQLException {
    String password = System.getenv().getOrDefault("HAVEN_DB_PASSWORD", "");
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      AuditVerification result = AuditVerifier.verify(db);
      if (result.isIntact()) {
        out.println("intact: " + result.checked() + " records");
        return 0;
      }
      out.println(
          "broken at record "
              + result.brokenAt().orElseThrow()
              + ": "
              + result.reason().orElseThrow()
              + " ("
              + result.checked()
              + " records before it are intact)");
      return 1;
    }
  }
}
