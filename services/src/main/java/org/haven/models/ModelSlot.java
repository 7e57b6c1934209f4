package org.haven.models;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the serving version of one model and swaps it while requests flow: an inference holds a
 * lease on the version it started with, a swap retires the old version, and the last lease to end
 * closes it. No inference sees a closed session and no retired session stays open.
 */
public final class ModelSlot<M extends AutoCloseable> {

  private static final Logger LOG = Logger.getLogger(ModelSlot.class.getName());

  private final String name;
  private final AtomicReference<Lease<M>> current;

  public ModelSlot(String name, M first) {
    this.name = name;
    this.current = new AtomicReference<>(new Lease<>(first));
  }

  /** Runs {@code inference} on the serving version, which stays open until it returns. */
  public <R> R use(Function<M, R> inference) {
    Lease<M> lease;
    do {
      lease = current.get();
    } while (!lease.acquire());
    try {
      return inference.apply(lease.model);
    } finally {
      lease.release(name);
    }
  }

  /** Serves {@code next} from now on; the previous version closes once its last inference ends. */
  public void swap(M next) {
    Lease<M> previous = current.getAndSet(new Lease<>(Objects.requireNonNull(next)));
    previous.retire(name);
  }

  /** Closes the serving version (at shutdown), once in-flight inferences end. */
  public void close() {
    current.get().retire(name);
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
