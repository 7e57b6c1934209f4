package org.haven.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.haven.platform.database.DatabaseMigrations;

/** Ready once this server has brought the schema to the version it was built for. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

  @Inject DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("migrations").status(migrations.migrated());
    if (migrations.migrated()) {
      var state = migrations.state();
      response
          .withData("schemaVersion", state.currentVersion())
          .withData("pending", state.pending());
    }
    return response.build();
  }
}
