package org.haven.job;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's job workers, on the application server's managed executors, running every {@link
 * JobHandler} bean. Started by the start-up sequence once the schema is migrated.
 */
@ApplicationScoped
public class JobWorkers {

  @Inject JtaTransactions transactions;

  @Inject @Any Instance<JobHandler> handlers;

  @Inject JobMetrics metrics;

  @Resource ManagedExecutorService executor;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "haven.jobs.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "haven.jobs.concurrency.crisis", defaultValue = "2")
  int crisisSlots;

  @Inject
  @ConfigProperty(name = "haven.jobs.concurrency.interactive", defaultValue = "2")
  int interactiveSlots;

  @Inject
  @ConfigProperty(name = "haven.jobs.concurrency.bulk", defaultValue = "1")
  int bulkSlots;

  @Inject
  @ConfigProperty(name = "haven.jobs.lease", defaultValue = "PT30S")
  Duration lease;

  @Inject
  @ConfigProperty(name = "haven.jobs.poll-interval", defaultValue = "PT0.25S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "haven.jobs.backoff", defaultValue = "PT5S")
  Duration backoff;

  @Inject
  @ConfigProperty(name = "haven.jobs.max-backoff", defaultValue = "PT10M")
  Duration maxBackoff;

  private JobEngine engine;

  public synchronized void start() {
    if (!enabled || engine != null) {
      return;
    }
    JobSettings settings =
        new JobSettings(
            Map.of(
                Priority.CRISIS, crisisSlots,
                Priority.INTERACTIVE, interactiveSlots,
                Priority.BULK, bulkSlots),
            lease,
            pollInterval,
            backoff,
            maxBackoff);
    engine =
        new JobEngine(
            transactions,
            handlers.stream().toList(),
            settings,
            executor,
            scheduler,
            ManagementFactory.getRuntimeMXBean().getName(),
            metrics);
    engine.start();
  }

  /** Stops claiming; jobs in flight go back to the queue after their current step. */
  @PreDestroy
  synchronized void stop() {
    if (engine != null) {
      engine.stop();
    }
  }
}
