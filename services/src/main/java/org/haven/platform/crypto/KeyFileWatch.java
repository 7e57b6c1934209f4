package org.haven.platform.crypto;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-reads a shared key file now and then, so a server learns of a rotation made on another one and
 * stops sealing under the retired key within one interval, not only when it first meets data under
 * the new key.
 */
@ApplicationScoped
public class KeyFileWatch {

  private static final Logger LOG = Logger.getLogger(KeyFileWatch.class.getName());

  @Inject KeySource source;

  @Inject Keyring keyring;

  @Inject
  @ConfigProperty(name = "haven.crypto.reload-interval", defaultValue = "PT30S")
  Duration interval;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  public void start() {
    if (!source.managed()) {
      return;
    }
    long millis = interval.toMillis();
    task = scheduler.scheduleAtFixedRate(this::reload, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops with the application: a redeployed one must not find the old task still scheduled. */
  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void reload() {
    try {
      KeySet onDisk = source.load();
      KeySet held = keyring.keys();
      if (!onDisk.primaryId().equals(held.primaryId())
          || !onDisk.keys().keySet().equals(held.keys().keySet())) {
        keyring.install(onDisk);
        LOG.info(() -> "Data key " + onDisk.primaryId() + " is primary (key file changed)");
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "Could not re-read the key file: " + e.getClass().getName());
    }
  }
}
