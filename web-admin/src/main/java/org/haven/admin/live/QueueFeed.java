package org.haven.admin.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.review.CaseQueue;

/**
 * Watches the case table and beats for every open console view. It reads a fingerprint of the table
 * rather than listening to this server's events, so a case opened through any server of a cluster
 * reaches every console within one interval.
 */
@ApplicationScoped
public class QueueFeed implements LiveUpdates {

  private static final Logger LOG = Logger.getLogger(QueueFeed.class.getName());

  @Inject CaseQueue queue;

  @Inject
  @ConfigProperty(name = "haven.console.push-interval", defaultValue = "PT1S")
  Duration interval;

  @Resource ManagedScheduledExecutorService scheduler;

  private final List<Consumer<Boolean>> views = new CopyOnWriteArrayList<>();
  private volatile String lastSeen = "";
  private ScheduledFuture<?> beat;

  @Override
  public synchronized Registration subscribe(Consumer<Boolean> onTick) {
    views.add(onTick);
    if (beat == null) {
      long millis = interval.toMillis();
      beat = scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }
    return () -> views.remove(onTick);
  }

  private void tick() {
    if (views.isEmpty()) {
      return;
    }
    try {
      String now = queue.fingerprint();
      boolean changed = !now.equals(lastSeen);
      lastSeen = now;
      views.forEach(view -> notify(view, changed));
    } catch (RuntimeException e) {
      // A missed beat is retried on the next one; the schedule must survive it.
      LOG.log(Level.WARNING, "Could not read the case queue for the console", e);
    }
  }

  private static void notify(Consumer<Boolean> view, boolean changed) {
    try {
      view.accept(changed);
    } catch (RuntimeException closedMeanwhile) {
      LOG.log(Level.FINE, "A console view could not take a beat", closedMeanwhile);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (beat != null) {
      beat.cancel(false);
    }
  }
}
