package org.haven.status.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.haven.account.control.Accounts;
import org.haven.entry.control.Journal;
import org.haven.platform.database.DatabaseMigrations;
import org.haven.platform.database.DatabaseMigrations.MigrationState;

/** Takes a {@link StatusReport}; a database that is down is reported, never thrown. */
@ApplicationScoped
public class SystemStatus {

  private static final Logger LOG = Logger.getLogger(SystemStatus.class.getName());
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Inject DatabaseMigrations migrations;

  @Inject Accounts accounts;

  @Inject Journal journal;

  public boolean databaseUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      LOG.warning(() -> "Database check failed: " + e.getSQLState());
      return false;
    }
  }

  public StatusReport report() {
    long started = System.nanoTime();
    boolean up = databaseUp();
    Duration latency = Duration.ofNanos(System.nanoTime() - started);
    Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    if (!up) {
      return new StatusReport(false, latency, "unknown", 0, 0, version(), uptime, -1, -1);
    }
    var schema =
        migrations.migrated() ? migrations.state() : new MigrationState("not migrated", 0, 0);
    return new StatusReport(
        true,
        latency,
        schema.currentVersion(),
        schema.applied(),
        schema.pending(),
        version(),
        uptime,
        accounts.count(),
        journal.count());
  }

  public String version() {
    String version = SystemStatus.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
