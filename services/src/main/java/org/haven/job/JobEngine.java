package org.haven.job;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.haven.job.JobListener.Ending;

/**
 * One server's workers. A poll claims, crisis first, as many jobs of each priority as that priority
 * has free slots, and runs each on the executor step by step, every step in a transaction with its
 * checkpoint. A heartbeat renews the leases of running jobs and puts back those of workers that
 * died.
 */
public final class JobEngine {

  private static final Logger LOG = Logger.getLogger(JobEngine.class.getName());

  private final JobStore store = new JobStore();
  private final Transactions tx;
  private final Map<String, JobHandler> handlers;
  private final JobSettings settings;
  private final Executor workers;
  private final ScheduledExecutorService ticker;
  private final String worker;
  private final JobListener listener;
  private final Map<Priority, Semaphore> slots = new EnumMap<>(Priority.class);
  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
  private volatile boolean running;

  public JobEngine(
      Transactions tx,
      List<JobHandler> handlers,
      JobSettings settings,
      Executor workers,
      ScheduledExecutorService ticker,
      String worker,
      JobListener listener) {
    this.tx = tx;
    this.handlers = new ConcurrentHashMap<>();
    handlers.forEach(h -> this.handlers.put(h.kind(), h));
    this.settings = settings;
    this.workers = workers;
    this.ticker = ticker;
    this.worker = worker;
    this.listener = listener;
    for (Priority p : Priority.values()) {
      slots.put(p, new Semaphore(settings.slots(p)));
    }
  }

  public synchronized void start() {
    running = true;
    long poll = settings.pollInterval().toMillis();
    long beat = Math.max(settings.lease().toMillis() / 3, 10);
    tasks.add(ticker.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.MILLISECONDS));
    tasks.add(ticker.scheduleWithFixedDelay(this::maintain, beat, beat, TimeUnit.MILLISECONDS));
  }

  /** Stops claiming; running jobs end after their current step and go back to the queue. */
  public synchronized void stop() {
    running = false;
    tasks.forEach(t -> t.cancel(false));
    tasks.clear();
  }

  /** Jobs this server holds now. */
  public int running() {
    return held.size();
  }

  void poll() {
    if (!running) {
      return;
    }
    try {
      for (Priority priority : Priority.values()) {
        claimAndRun(priority);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not claim jobs: {0}", e.getClass().getName());
    }
  }

  /** A slot just came free: fill it now rather than at the next poll, when work is waiting. */
  private void pollSoon(Priority priority) {
    if (!running) {
      return;
    }
    try {
      ticker.execute(
          () -> {
            try {
              claimAndRun(priority);
            } catch (RuntimeException e) {
              LOG.log(Level.FINE, "Could not claim jobs: {0}", e.getClass().getName());
            }
          });
    } catch (RejectedExecutionException stopping) {
      // The ticker is shutting down with the server.
    }
  }

  private void claimAndRun(Priority priority) {
    Semaphore free = slots.get(priority);
    int wanted = free.drainPermits();
    if (wanted == 0) {
      return;
    }
    List<ClaimedJob> claimed;
    try {
      claimed = tx.inTransaction(c -> store.claim(c, priority, worker, settings.lease(), wanted));
    } catch (RuntimeException e) {
      free.release(wanted);
      throw e;
    }
    free.release(wanted - claimed.size());
    claimed.forEach(job -> hand(job, free));
  }

  private void hand(ClaimedJob job, Semaphore slot) {
    held.add(job.leaseOwner());
    Runnable work =
        () -> {
          try {
            run(job);
          } finally {
            held.remove(job.leaseOwner());
            slot.release();
            pollSoon(job.priority());
          }
        };
    try {
      workers.execute(work);
    } catch (RejectedExecutionException e) {
      // Its lease runs out unrenewed and another worker takes it.
      held.remove(job.leaseOwner());
      slot.release();
    }
  }

  void maintain() {
    try {
      tx.inTransaction(
          c -> {
            store.heartbeat(c, List.copyOf(held), settings.lease());
            return store.requeueExpired(c);
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not renew job leases: {0}", e.getClass().getName());
    }
  }

  void run(ClaimedJob job) {
    long start = System.nanoTime();
    Ending ending = runSteps(job);
    listener.ran(job, ending, System.nanoTime() - start);
  }

  private Ending runSteps(ClaimedJob job) {
    JobHandler handler = handlers.get(job.kind());
    Progress progress = job.progress();
    try {
      if (handler == null) {
        throw new IllegalStateException("No handler for jobs of kind " + job.kind());
      }
      while (true) {
        Progress from = progress;
        Step step = tx.inTransaction(c -> step(handler, job, from, c));
        progress = step.progress();
        if (step.done()) {
          return Ending.SUCCEEDED;
        }
        Progress at = progress;
        if (step.cancelRequested()) {
          tx.inTransaction(c -> store.cancelled(c, job, at));
          return Ending.CANCELLED;
        }
        if (!running) {
          tx.inTransaction(c -> store.release(c, job));
          return Ending.RELEASED;
        }
      }
    } catch (LeaseLost e) {
      LOG.info(() -> "Job " + job.id() + " was taken over by another worker");
      return Ending.LEASE_LOST;
    } catch (RuntimeException | LinkageError e) {
      // A class or native library a handler needs that fails to load fails the attempt too.
      Throwable cause = e instanceof StepFailed ? e.getCause() : e;
      String error = cause.getClass().getName();
      LOG.log(
          Level.WARNING, "Job {0} ({1}) failed: {2}", new Object[] {job.id(), job.kind(), error});
      failQuietly(job, error);
      return Ending.FAILED;
    }
  }

  private Step step(JobHandler handler, ClaimedJob job, Progress progress, Connection c)
      throws Exception {
    JobOutcome outcome = handler.step(new JobRun(job, progress, c));
    if (outcome.done()) {
      if (!store.complete(c, job, outcome.progress())) {
        throw new LeaseLost(job);
      }
      return new Step(true, false, outcome.progress());
    }
    Boolean cancel =
        store
            .checkpoint(c, job, outcome.progress(), settings.lease())
            .orElseThrow(() -> new LeaseLost(job));
    return new Step(false, cancel, outcome.progress());
  }

  private void failQuietly(ClaimedJob job, String error) {
    try {
      tx.inTransaction(
          c -> {
            store.fail(c, job, error, settings.backoffAfter(job.attempt()));
            return null;
          });
    } catch (RuntimeException e) {
      // The lease runs out and the job is retried then.
      LOG.log(Level.WARNING, "Could not record the failure of job {0}", job.id());
    }
  }

  private record Step(boolean done, boolean cancelRequested, Progress progress) {}
}
