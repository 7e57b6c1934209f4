package org.haven.platform.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Makes a new data key primary without downtime: the key file gains the key, this server's keyring
 * installs it, and other servers pick it up the first time they meet data sealed under it. Fires
 * {@link KeyRotated} so the re-encryption job and the audit log can follow.
 */
@ApplicationScoped
public class KeyRotation {

  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  @Inject KeySource source;

  @Inject Keyring keyring;

  @Inject Event<KeyRotated> rotated;

  // The interceptor (transaction) applies only through the proxy, not to this.method().
  @Inject Instance<KeyRotation> self;

  @Inject RotationLock lock;

  @Resource ManagedExecutorService executor;

  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** Adds a new primary key; {@code actor} is who asked, by id. */
  @Transactional
  public synchronized KeyRotated rotate(String actor) {
    lock.acquire();
    return rotateLocked(actor);
  }

  private KeyRotated rotateLocked(String actor) {
    String retired = keyring.primaryKeyId();
    KeySet next = source.rotate();
    keyring.install(next);
    KeyRotated event = new KeyRotated(retired, next.primaryId(), actor);
    rotated.fire(event);
    LOG.info(() -> "Data key " + next.primaryId() + " is primary; " + retired + " seals no more");
    return event;
  }

  /** The budget's rotation: skipped when another server has rotated past {@code keyId} already. */
  @Transactional
  public synchronized void rotateIfStillPrimary(String keyId) {
    lock.acquire();
    KeySet onDisk = source.load();
    if (!onDisk.primaryId().equals(keyId)) {
      keyring.install(onDisk);
      return;
    }
    rotateLocked("system");
  }

  /**
   * Called on the sealing path once the primary has passed its rotation point; the rotation runs on
   * its own thread so the seal that noticed (perhaps inside a flush) is not held up.
   */
  void rotationDue(String keyId) {
    if (!keyId.equals(keyring.primaryKeyId()) || !warned.add(keyId)) {
      return;
    }
    if (source.managed()) {
      executor.submit(() -> self.get().rotateIfStillPrimary(keyId));
    } else {
      LOG.severe(
          () ->
              "Data key "
                  + keyId
                  + " has passed haven.crypto.rotate-at; add a new key to haven.crypto.keys and"
                  + " make it primary before it reaches haven.crypto.refuse-at");
    }
  }

  /** A new key became primary; data under {@code retired} should move to {@code primary}. */
  public record KeyRotated(String retired, String primary, String actor) {}
}
