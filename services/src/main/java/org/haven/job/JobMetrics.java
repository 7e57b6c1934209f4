package org.haven.job;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Job metrics: {@code haven_job_run_seconds{kind}} per run, {@code haven_job_ended_total{kind,
 * ending}} (succeeded, failed, cancelled, lease lost, released), and per priority the jobs ready
 * now ({@code haven_jobs_ready}) and the oldest one's wait ({@code
 * haven_jobs_oldest_wait_seconds}), read from the database at most once a second.
 */
@ApplicationScoped
public class JobMetrics implements JobListener {

  private static final long DEPTH_MAX_AGE_NANOS = Duration.ofSeconds(1).toNanos();

  @Inject MetricRegistry registry;

  @Inject Jobs jobs;

  private final List<MetricID> registered = new CopyOnWriteArrayList<>();
  private volatile List<JobQueries.QueueDepth> depth = List.of();
  private volatile long depthReadAt;

  @Override
  public void ran(ClaimedJob job, Ending ending, long nanos) {
    Tag kind = new Tag("kind", job.kind());
    registry.timer("haven.job.run", kind).update(Duration.ofNanos(nanos));
    registry.counter("haven.job.ended", kind, new Tag("ending", ending.name())).inc();
  }

  @PostConstruct
  void registerQueueGauges() {
    for (Priority priority : Priority.values()) {
      Tag tag = new Tag("priority", priority.name());
      gauge(
          "haven.jobs.ready", priority, p -> find(p).map(d -> (double) d.ready()).orElse(0.0), tag);
      gauge(
          "haven.jobs.oldest.wait.seconds",
          priority,
          p -> find(p).map(JobQueries.QueueDepth::oldestWaitSeconds).orElse(0.0),
          tag);
    }
  }

  private void gauge(String name, Priority p, ToDoubleFunction<Priority> reading, Tag tag) {
    registry.gauge(name, p, reading::applyAsDouble, tag);
    registered.add(new MetricID(name, tag));
  }

  private java.util.Optional<JobQueries.QueueDepth> find(Priority priority) {
    if (System.nanoTime() - depthReadAt > DEPTH_MAX_AGE_NANOS) {
      try {
        depth = jobs.depth();
      } catch (RuntimeException e) {
        depth = List.of();
      }
      depthReadAt = System.nanoTime();
    }
    return depth.stream().filter(d -> d.priority() == priority).findFirst();
  }

  @PreDestroy
  void unregister() {
    registered.forEach(registry::remove);
  }
}
