package org.haven.crisis.review;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every interval, looks for cases past their response target and escalates them. */
@ApplicationScoped
public class OverdueSweep {

  private static final Logger LOG = Logger.getLogger(OverdueSweep.class.getName());

  @Inject OverdueCases overdue;

  @Inject
  @ConfigProperty(name = "haven.crisis.review.sweep-interval", defaultValue = "PT15S")
  Duration interval;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  public void start() {
    long millis = interval.toMillis();
    task = scheduler.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void sweep() {
    try {
      int escalated = overdue.escalateOverdue();
      if (escalated > 0) {
        LOG.warning(() -> escalated + " case(s) passed their response target: escalated");
      }
    } catch (RuntimeException e) {
      // The next sweep tries again; a failed sweep must not cancel the schedule.
      LOG.log(Level.SEVERE, "Escalating overdue cases failed", e);
    }
  }

  /** Stops with the application: a redeployed one must not find the old task still scheduled. */
  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
