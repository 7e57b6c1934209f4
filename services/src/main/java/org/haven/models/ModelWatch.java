package org.haven.models;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
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

  private ScheduledFuture<?> task;

  public void start() {
    long millis = interval.toMillis();
    task = scheduler.scheduleAtFixedRate(registry::refresh, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops with the application: a redeployed one must not find the old task still scheduled. */
  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
