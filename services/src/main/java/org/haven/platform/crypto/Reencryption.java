package org.haven.platform.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.crypto.KeyRotation.KeyRotated;

/**
 * The job that moves every sealed value onto the primary key after a rotation, in small batches
 * while requests go on. Resumable by nature: it looks for values not under the primary, so a run
 * cut short by a restart is simply started again.
 */
@ApplicationScoped
public class Reencryption {

  private static final Logger LOG = Logger.getLogger(Reencryption.class.getName());
  private static final int MAX_PASSES = 5;

  @Inject ReencryptionBatch batches;

  @Inject Keyring keyring;

  @Inject Event<Finished> finished;

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "haven.crypto.reencryption.batch", defaultValue = "200")
  int batchSize;

  private final AtomicReference<Progress> progress =
      new AtomicReference<>(new Progress(State.IDLE, null, 0, 0, null, null));

  void afterRotation(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRotated rotated) {
    start();
  }

  /** Starts the job unless it is running; answers its progress. */
  public Progress start() {
    Progress current = progress.get();
    if (current.state() == State.RUNNING) {
      return current;
    }
    Progress running =
        new Progress(State.RUNNING, keyring.primaryKeyId(), 0, 0, Instant.now(), null);
    if (progress.compareAndSet(current, running)) {
      executor.submit(this::run);
    }
    return progress.get();
  }

  public Progress progress() {
    return progress.get();
  }

  /** Values in the database not yet under the primary key. */
  public long remaining() {
    long remaining = 0;
    try {
      for (SealedColumn c : SealedColumn.ALL) {
        remaining += batches.countNotUnder(c, keyring.primaryKeyId());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count values under retired keys", e);
    }
    return remaining;
  }

  private void run() {
    AtomicLong moved = new AtomicLong();
    AtomicLong unreadable = new AtomicLong();
    Progress started = progress.get();
    try {
      // A request that sealed under the old key just before the rotation may commit after a pass
      // has gone by its row: passes repeat until only values that do not open are left.
      long left;
      int pass = 0;
      do {
        unreadable.set(0);
        for (SealedColumn c : SealedColumn.ALL) {
          pass(c, started, moved, unreadable);
        }
        left = remaining() - unreadable.get();
      } while (left > 0 && ++pass < MAX_PASSES);
      progress.set(started.withCounts(moved.get(), unreadable.get()).finished(State.FINISHED));
      finished.fire(new Finished(started.targetKey(), moved.get()));
      LOG.info(() -> "Re-encryption to key " + started.targetKey() + " moved " + moved + " values");
    } catch (SQLException | RuntimeException e) {
      progress.set(started.withCounts(moved.get(), unreadable.get()).finished(State.FAILED));
      LOG.log(Level.SEVERE, "Re-encryption stopped: " + e.getClass().getName());
    }
  }

  private void pass(SealedColumn c, Progress started, AtomicLong moved, AtomicLong unreadable)
      throws SQLException {
    UUID after = ReencryptionBatch.BEFORE_ALL;
    while (after != null) {
      ReencryptionBatch.Moved batch = batches.move(c, after, batchSize);
      moved.addAndGet(batch.count());
      unreadable.addAndGet(batch.unreadable());
      after = batch.last();
      progress.set(started.withCounts(moved.get(), unreadable.get()));
    }
  }

  /** The job's states. */
  public enum State {
    IDLE,
    RUNNING,
    FINISHED,
    FAILED
  }

  /** Where the job stands: values moved so far toward which key, and values that did not open. */
  public record Progress(
      State state,
      String targetKey,
      long moved,
      long unreadable,
      Instant startedAt,
      Instant finishedAt) {

    Progress withCounts(long movedSoFar, long unreadableSoFar) {
      return new Progress(state, targetKey, movedSoFar, unreadableSoFar, startedAt, finishedAt);
    }

    Progress finished(State end) {
      return new Progress(end, targetKey, moved, unreadable, startedAt, Instant.now());
    }
  }

  /** A run finished: every value it found is under {@code targetKey}. */
  public record Finished(String targetKey, long moved) {}
}
