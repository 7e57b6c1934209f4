package org.haven.api.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.haven.support.Support;
import org.haven.support.SupportStatus;
import org.haven.support.control.SupportFollower;

/**
 * One client following an entry's support. Sentences arrive from the job on this server; a job
 * running on another server is noticed by looking at the stored support every poll interval; and
 * after the longest wait the client gets whatever is stored, so no stream is left open.
 */
final class SupportEventStream implements SupportFollower {

  private static final Jsonb JSON = JsonbBuilder.create();

  private final SseEventSink sink;
  private final Sse sse;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Runnable unfollow = () -> {};
  private volatile ScheduledFuture<?> poll;
  private volatile ScheduledFuture<?> deadline;

  SupportEventStream(SseEventSink sink, Sse sse) {
    this.sink = sink;
    this.sse = sse;
  }

  /** Sends a final support and ends the stream; a pending one is not final. */
  boolean finishedWith(Support support) {
    if (support.status() == SupportStatus.PENDING) {
      return false;
    }
    done(support);
    return true;
  }

  void follow(
      Runnable unfollowing,
      Supplier<Support> stored,
      ScheduledExecutorService scheduler,
      Duration pollInterval,
      Duration maxWait) {
    unfollow = unfollowing;
    long every = pollInterval.toMillis();
    poll =
        scheduler.scheduleWithFixedDelay(
            () -> finishedWith(stored.get()), every, every, TimeUnit.MILLISECONDS);
    deadline =
        scheduler.schedule(() -> done(stored.get()), maxWait.toMillis(), TimeUnit.MILLISECONDS);
    // The job may have finished between the first look and following it.
    finishedWith(stored.get());
  }

  @Override
  public void restart() {
    send("restart", "", MediaType.TEXT_PLAIN_TYPE);
  }

  @Override
  public void sentence(String text) {
    send("text", text, MediaType.TEXT_PLAIN_TYPE);
  }

  @Override
  public void done(Support support) {
    if (closed.get()) {
      return;
    }
    send("support", JSON.toJson(SupportView.of(support)), MediaType.APPLICATION_JSON_TYPE);
    close();
  }

  private synchronized void send(String name, String data, MediaType type) {
    if (closed.get() || sink.isClosed()) {
      close();
      return;
    }
    sink.send(sse.newEventBuilder().name(name).mediaType(type).data(data).build());
  }

  private void close() {
    if (closed.compareAndSet(false, true)) {
      unfollow.run();
      if (poll != null) {
        poll.cancel(false);
      }
      if (deadline != null) {
        deadline.cancel(false);
      }
      sink.close();
    }
  }
}
