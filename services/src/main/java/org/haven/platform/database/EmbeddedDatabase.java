package org.haven.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The PostgreSQL that Haven runs for itself when nobody configured one: a real server, so the same
 * SQL runs in development and production. Its data lives under the data directory and survives
 * restarts. Development only: it runs with fsync off.
 */
@ApplicationScoped
public class EmbeddedDatabase {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  @Inject DatabaseSettings settings;

  private EmbeddedPostgres postgres;

  public synchronized void startIfWanted() {
    if (!settings.wantsEmbedded() || postgres != null) {
      return;
    }
    Path data = settings.dataDir().resolve("postgres");
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPort(settings.port())
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .start();
      provision();
      LOG.info(() -> "Embedded PostgreSQL ready on port " + settings.port() + ", data in " + data);
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL failed to start", e);
    }
  }

  public boolean isRunning() {
    return postgres != null;
  }

  /** Creates the role and database the data source expects, once. */
  private void provision() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + settings.user() + "'")) {
        s.execute("CREATE ROLE \"" + settings.user() + "\" LOGIN");
      }
      if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + settings.name() + "'")) {
        s.execute("CREATE DATABASE \"" + settings.name() + "\" OWNER \"" + settings.user() + "\"");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not provision the embedded database", e);
    }
  }

  private static boolean exists(Statement s, String query) throws SQLException {
    try (var rows = s.executeQuery(query)) {
      return rows.next();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warning(() -> "Embedded PostgreSQL did not stop cleanly: " + e.getClass().getName());
    } finally {
      postgres = null;
    }
  }
}
