package org.haven.models;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.platform.crypto.Sha256;
import org.haven.platform.time.WallClock;

/**
 * Every model version Haven can serve, kept in PostgreSQL so every server of a cluster reads the
 * same artifacts. A version is checked against its SHA-256 whenever it loads; one that fails is
 * refused with the reason recorded, and the serving version goes on serving. Activation swaps the
 * new version in while inferences run (see {@link ModelSlot}); rollback re-activates the last one.
 */
@ApplicationScoped
public class ModelRegistry {

  private static final Logger LOG = Logger.getLogger(ModelRegistry.class.getName());

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  @Inject AuditLog audit;

  @Inject ModelPlacement placement;

  @Inject ModelMemory memory;

  @Inject ModelMetrics metrics;

  @Inject Event<ModelActivated> activated;

  // Transactions apply through the proxy only, not to this.activeOrSeeded().
  @Inject Instance<ModelRegistry> self;

  private final Map<String, Served<?>> served = new ConcurrentHashMap<>();

  /**
   * The slot serving model {@code name} on this server: its active version, or {@code seed}
   * registered as active when the registry has none yet. Not part of the caller's transaction: the
   * first entry written after a start must not fail, or roll a registration back, with the model.
   */
  public <M extends AutoCloseable> ModelSlot<M> serve(
      String name, Supplier<ModelUpload> seed, ModelLoader<M> loader) {
    ModelVersion active;
    try {
      active = self.get().activeOrSeeded(name, seed);
    } catch (RuntimeException anotherServerSeededFirst) {
      active = self.get().activeOrSeeded(name, seed);
    }
    ModelSlot<M> slot = new ModelSlot<>(name, loadable(active, loader), events());
    served.put(name, new Served<>(slot, loader, new AtomicReference<>(active.id())));
    metrics.register(slot);
    return slot;
  }

  /** Every model this server serves: version, provider, whether loaded, and how it is used. */
  public List<ServedModel> served() {
    return served.values().stream().map(s -> ServedModel.of(s.slot())).toList();
  }

  /**
   * Follows activations made on other servers of the cluster: every served model whose active
   * version in the database is not the one this server serves is loaded and swapped in. A version
   * that does not load is logged and the serving one kept; the next refresh tries again.
   */
  public void refresh() {
    served.forEach(
        (name, model) -> {
          try {
            Optional<ModelVersion> active = self.get().activeVersion(name);
            boolean changed =
                active.isPresent() && !active.get().id().equals(model.serving().get());
            if (changed && model.follow(active.get(), this, () -> self.get().activeVersion(name))) {
              LOG.info(() -> active.get().label() + " is active (activated on another server)");
            }
          } catch (RuntimeException e) {
            LOG.warning(() -> "Could not follow " + name + ": " + e.getClass().getSimpleName());
          }
        });
  }

  /** The active version of a model, read in a short transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ModelVersion> activeVersion(String name) {
    return active(name);
  }

  /** The active version, registering the seed as the first one when there is none. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ModelVersion activeOrSeeded(String name, Supplier<ModelUpload> seed) {
    return active(name)
        .orElseGet(
            () -> {
              ModelUpload upload = seed.get();
              ModelVersion first =
                  new ModelVersion(upload, upload.verifiedSha256(), ModelState.ACTIVE, clock.now());
              em.persist(first);
              em.flush();
              LOG.info(() -> "Registered " + first.label() + " as the first active version");
              return first;
            });
  }

  /** Registers a version as STAGED after checking its bytes against the SHA-256 it declares. */
  @Transactional
  public ModelView register(ModelUpload upload) {
    if (find(upload.name(), upload.version()).isPresent()) {
      throw new ModelRejectedException(upload.name() + "@" + upload.version() + " exists already");
    }
    ModelVersion staged =
        new ModelVersion(upload, upload.verifiedSha256(), ModelState.STAGED, clock.now());
    em.persist(staged);
    return staged.view();
  }

  /** Loads, verifies and swaps in a version; a refusal leaves the serving version in place. */
  @Transactional(dontRollbackOn = ModelRejectedException.class)
  public ModelView activate(String name, String version, String actor) {
    Served<?> slot = served.get(name);
    if (slot == null) {
      throw new ModelNotFoundException("No model " + name + " is served on this server");
    }
    ModelVersion target =
        find(name, version).orElseThrow(() -> new ModelNotFoundException(name + "@" + version));
    Runnable swap = slot.prepare(target, this);
    active(name).filter(a -> a != target).ifPresent(ModelVersion::retire);
    em.flush();
    target.activate(clock.now());
    em.flush();
    audit.record(actor, AuditAction.MODEL_ACTIVATED, "model/" + target.label());
    activated.fire(new ModelActivated(target.name(), target.version()));
    // Swapped only once the database agrees: a failed update leaves the serving version alone.
    swap.run();
    LOG.info(() -> target.label() + " is active");
    return target.view();
  }

  /** Re-activates the version that was active before the current one. */
  @Transactional(dontRollbackOn = ModelRejectedException.class)
  public ModelView rollback(String name, String actor) {
    ModelVersion previous =
        em.createQuery(
                "SELECT m FROM ModelVersion m WHERE m.name = :n AND m.state = :s"
                    + " ORDER BY m.activatedAt DESC",
                ModelVersion.class)
            .setParameter("n", name)
            .setParameter("s", ModelState.RETIRED)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ModelNotFoundException("No earlier version of " + name));
    return activate(name, previous.version(), actor);
  }

  public List<ModelView> list() {
    return em.createQuery(
            "SELECT m FROM ModelVersion m ORDER BY m.name, m.createdAt DESC", ModelVersion.class)
        .getResultStream()
        .map(ModelVersion::view)
        .toList();
  }

  @PreDestroy
  void close() {
    served.values().forEach(s -> s.slot().close());
    served.values().forEach(s -> memory.forget(s.slot()));
  }

  /**
   * Loads a version again after the memory budget unloaded it, with its checksum checked again: a
   * refusal is recorded on the version and fails the inference that needed it.
   */
  @Transactional(
      value = Transactional.TxType.REQUIRES_NEW,
      dontRollbackOn = ModelRejectedException.class)
  public <M extends AutoCloseable> M reload(UUID id, ModelLoader<M> loader) {
    ModelVersion version = em.find(ModelVersion.class, id);
    if (version == null) {
      throw new ModelNotFoundException("Model version " + id + " is no longer registered");
    }
    return load(version, loader);
  }

  /** A version as a slot loads it: now, and again by id whenever the budget unloaded it. */
  <M extends AutoCloseable> Loadable<M> loadable(ModelVersion version, ModelLoader<M> loader) {
    UUID id = version.id();
    return new Loadable<>(
        version.label(),
        placement.choiceOrCpu().chosen().name(),
        version.size(),
        () -> self.get().reload(id, loader));
  }

  private SlotEvents events() {
    return new SlotEvents() {
      @Override
      public void loaded(ModelSlot<?> slot) {
        memory.loaded(slot);
      }

      @Override
      public void used(ModelSlot<?> slot, long nanos) {
        metrics.used(slot, nanos);
      }
    };
  }

  /** Checks the stored bytes against the stored checksum, then hands them to the loader. */
  <M extends AutoCloseable> M load(ModelVersion version, ModelLoader<M> loader) {
    byte[] onnx = version.artifact();
    String actual = Sha256.hex(onnx);
    if (!actual.equals(version.sha256())) {
      throw refuse(
          version,
          "artifact checksum mismatch: expected " + version.sha256() + ", found " + actual);
    }
    try {
      return loader.load(onnx, version.metadata());
    } catch (RuntimeException | LinkageError e) {
      throw refuse(version, "does not load: " + e.getClass().getSimpleName());
    }
  }

  private ModelRejectedException refuse(ModelVersion version, String reason) {
    version.refused(reason);
    LOG.warning(() -> version.label() + " refused: " + reason);
    return new ModelRejectedException(version.label() + " refused: " + reason);
  }

  private Optional<ModelVersion> active(String name) {
    return em.createQuery(
            "SELECT m FROM ModelVersion m WHERE m.name = :n AND m.state = :s", ModelVersion.class)
        .setParameter("n", name)
        .setParameter("s", ModelState.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  private Optional<ModelVersion> find(String name, String version) {
    return em.createQuery(
            "SELECT m FROM ModelVersion m WHERE m.name = :n AND m.version = :v", ModelVersion.class)
        .setParameter("n", name)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }
}
