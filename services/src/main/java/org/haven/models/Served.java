package org.haven.models;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** A served model: its slot, how to load a version of it, and which version it serves. */
record Served<M extends AutoCloseable>(
    ModelSlot<M> slot, ModelLoader<M> loader, AtomicReference<UUID> serving) {

  private static final Logger LOG = Logger.getLogger(Served.class.getName());

  /** Loads and verifies the version now; the returned action swaps it in. */
  Runnable prepare(ModelVersion version, ModelRegistry registry) {
    M loaded = registry.load(version, loader);
    Loadable<M> loadable = registry.loadable(version, loader);
    return () -> swap(version, loaded, loadable);
  }

  /**
   * Loads a version read from the database and swaps it in only if it is still the active one and
   * nothing was swapped in while it loaded. An activation on this server swaps before its
   * transaction commits, so a refresh can read the version it replaced; swapping that in would
   * serve a retired version until the next refresh.
   */
  boolean follow(
      ModelVersion version, ModelRegistry registry, Supplier<Optional<ModelVersion>> activeNow) {
    UUID before = serving.get();
    M loaded = registry.load(version, loader);
    Loadable<M> loadable = registry.loadable(version, loader);
    synchronized (this) {
      boolean stillActive =
          activeNow.get().filter(active -> active.id().equals(version.id())).isPresent();
      if (stillActive && before.equals(serving.get())) {
        swap(version, loaded, loadable);
        return true;
      }
    }
    try {
      loaded.close();
    } catch (Exception e) {
      LOG.warning(() -> "Could not close " + version.label() + ": " + e.getClass().getSimpleName());
    }
    return false;
  }

  private synchronized void swap(ModelVersion version, M loaded, Loadable<M> loadable) {
    slot.swap(loaded, loadable);
    serving.set(version.id());
  }
}
