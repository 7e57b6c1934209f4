package org.haven.models;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every interval, brings this server's models up to the versions active in the registry. */
@ApplicationScoped
public class ModelWatch {

  @Inject ModelRegistry registry;

  @Inject
  @ConfigProperty(name = "haven.models.refresh-interval", defaultValue = "PT30S")
  Duration interval;

  @Resource ManagedScheduledExecutorService scheduler;

  public void start() {
    long millis = interval.toMillis();
    scheduler.scheduleAtFixedRate(registry::refresh, millis, millis, TimeUnit.MILLISECONDS);
  }
}
