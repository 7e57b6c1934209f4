package org.haven.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Verifies the whole chain on the server's own data source, for the admin API and the console. */
@ApplicationScoped
public class AuditChainCheck {

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  public AuditVerification verify() {
    try (Connection db = dataSource.getConnection()) {
      return AuditVerifier.verify(db);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the audit chain", e);
    }
  }
}
