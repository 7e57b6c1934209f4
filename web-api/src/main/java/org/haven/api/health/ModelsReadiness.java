package org.haven.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.haven.models.ModelRegistry;
import org.haven.models.ServedModel;

/**
 * Which model versions this server serves and where. Always UP: without a model, crisis screening
 * runs on its rules and marks assessments degraded, so taking the server out of rotation would only
 * lose entries. A missing model shows as absent here and degraded in each assessment.
 */
@Readiness
@ApplicationScoped
public class ModelsReadiness implements HealthCheck {

  @Inject ModelRegistry registry;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("models").up();
    for (ServedModel model : registry.served()) {
      response.withData(
          model.name(),
          model.version()
              + " on "
              + model.provider()
              + (model.loaded() ? "" : " (unloaded by the memory budget)"));
    }
    return response.build();
  }
}
