package org.haven.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.haven.platform.crypto.Keyring;

/**
 * Brings the schema to the version this build expects before the application serves anything.
 * EclipseLink never generates DDL; these migrations are the only source of the schema.
 */
@ApplicationScoped
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Inject Keyring keyring;

  private volatile MigrationState state;

  public void migrate() {
    Flyway flyway = flyway();
    MigrateResult result = flyway.migrate();
    state = readState(flyway);
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** True once this server has run its migrations successfully. */
  public boolean migrated() {
    return state != null;
  }

  /** The schema as this server left it at start-up; only a new deployment migrates again. */
  public MigrationState state() {
    if (state == null) {
      throw new IllegalStateException("Migrations have not run yet");
    }
    return state;
  }

  private static MigrationState readState(Flyway flyway) {
    var info = flyway.info();
    String current =
        Optional.ofNullable(info.current())
            .map(MigrationInfo::getVersion)
            .map(Object::toString)
            .orElse("none");
    return new MigrationState(current, info.applied().length, info.pending().length);
  }

  private Flyway flyway() {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .javaMigrations(
            new V5__Seal_plain_private_text(keyring), new V15__Entry_word_counts(keyring))
        .load();
  }

  /**
   * What the schema history says: the current version and how many migrations are applied or
   * pending.
   */
  public record MigrationState(String currentVersion, int applied, int pending) {}
}
