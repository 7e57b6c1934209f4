package org.haven.models;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the serving version of one model and swaps it while requests flow: an inference holds a
 * lease on the version it started with, a swap retires the old version, and the last lease to end
 * closes it. No inference sees a closed session and no retired session stays open.
 *
 * <p>A slot made from a {@link Loadable} can also be unloaded to free memory; the next inference
 * loads the serving version again.
 */
public final class ModelSlot<M extends AutoCloseable> {

  private static final Logger LOG = Logger.getLogger(ModelSlot.class.getName());

  private final String name;
  private final AtomicReference<Lease<M>> current = new AtomicReference<>();
  private final SlotEvents events;
  private final SlotUsage usage = new SlotUsage();
  private volatile Loadable<M> serving;

  /** A slot that always holds {@code model}, until swapped; it is never unloaded. */
  public ModelSlot(String name, M model) {
    this.name = name;
    this.events = SlotEvents.NONE;
    this.current.set(new Lease<>(Objects.requireNonNull(model)));
  }

  /** A slot that loads {@code first} now, and again whenever it is used after an unload. */
  public ModelSlot(String name, Loadable<M> first, SlotEvents events) {
    this.name = name;
    this.events = events;
    this.serving = first;
    acquireLoaded().release(name);
  }

  public String name() {
    return name;
  }

  public SlotUsage usage() {
    return usage;
  }

  /** The serving version's label and size, or empty for a slot made from a bare model. */
  public Optional<Loadable<M>> serving() {
    return Optional.ofNullable(serving);
  }

  public boolean isLoaded() {
    return current.get() != null;
  }

  /** Runs {@code inference} on the serving version, which stays open until it returns. */
  public <R> R use(Function<M, R> inference) {
    Lease<M> lease = acquireLoaded();
    long start = System.nanoTime();
    try {
      return inference.apply(lease.model);
    } finally {
      lease.release(name);
      long nanos = System.nanoTime() - start;
      usage.used(nanos);
      events.used(this, nanos);
    }
  }

  /** Serves {@code next} from now on; the previous version closes once its last inference ends. */
  public void swap(M next) {
    swap(next, null);
  }

  /**
   * Serves an already loaded {@code next}, and reloads it from {@code loadable} after an unload.
   */
  public void swap(M next, Loadable<M> loadable) {
    Lease<M> previous;
    synchronized (this) {
      serving = loadable;
      previous = current.getAndSet(new Lease<>(Objects.requireNonNull(next)));
    }
    if (previous != null) {
      previous.retire(name);
    }
    if (loadable != null) {
      events.loaded(this);
    }
  }

  /**
   * Closes the serving version once in-flight inferences end; the next use loads it again. False
   * when nothing was loaded or the slot cannot reload.
   */
  public boolean unload() {
    Lease<M> unloaded;
    synchronized (this) {
      if (serving == null) {
        return false;
      }
      unloaded = current.getAndSet(null);
    }
    if (unloaded == null) {
      return false;
    }
    unloaded.retire(name);
    LOG.fine(() -> "Unloaded " + name + " to stay within the model memory budget");
    return true;
  }

  /** Closes the serving version (at shutdown), once in-flight inferences end. */
  public void close() {
    Lease<M> last = current.getAndSet(null);
    if (last != null) {
      last.retire(name);
    }
  }

  private Lease<M> acquireLoaded() {
    while (true) {
      Lease<M> lease = current.get();
      if (lease == null) {
        lease = load();
      }
      if (lease.acquire()) {
        return lease;
      }
    }
  }

  /** Loads the serving version unless another thread did; the budget is told outside the lock. */
  private Lease<M> load() {
    Lease<M> loaded;
    synchronized (this) {
      Lease<M> present = current.get();
      if (present != null) {
        return present;
      }
      long start = System.nanoTime();
      loaded = new Lease<>(serving.load().get());
      usage.loaded(System.nanoTime() - start);
      current.set(loaded);
    }
    events.loaded(this);
    return loaded;
  }

  /**
   * A version and how many inferences use it. {@code RETIRED} is a high bit set once: acquiring a
   * retired version fails (the caller reads the new one), and whichever of the retirement or the
   * last release brings the state to exactly {@code RETIRED} closes the model, once.
   */
  private static final class Lease<M extends AutoCloseable> {
    private static final int RETIRED = 1 << 30;
    private final M model;
    private final AtomicInteger state = new AtomicInteger();

    Lease(M model) {
      this.model = model;
    }

    boolean acquire() {
      int s;
      do {
        s = state.get();
        if ((s & RETIRED) != 0) {
          return false;
        }
      } while (!state.compareAndSet(s, s + 1));
      return true;
    }

    void release(String name) {
      if (state.decrementAndGet() == RETIRED) {
        closeModel(name);
      }
    }

    void retire(String name) {
      if (state.addAndGet(RETIRED) == RETIRED) {
        closeModel(name);
      }
    }

    private void closeModel(String name) {
      try {
        model.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Model {0} did not close cleanly: {1}", new Object[] {name, e});
      }
    }
  }
}
