package org.haven.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

/** Bulk work fills its own slots and never the ones crisis work starts in. */
class JobPriorityTest {

  @Test
  void with_bulk_reanalysis_of_ten_thousand_entries_running_a_crisis_job_starts_within_a_second()
      throws Exception {
    ConcurrentMap<UUID, Long> startedAt = new ConcurrentHashMap<>();
    JobHandler crisis =
        new JobHandler() {
          @Override
          public String kind() {
            return "crisis-probe";
          }

          @Override
          public JobOutcome step(JobRun run) {
            startedAt.putIfAbsent(run.job().id(), System.nanoTime());
            return JobOutcome.finished();
          }
        };
    try (JobDatabase db = new JobDatabase();
        JobServer server =
            new JobServer(
                db.dataSource(),
                "busy",
                Duration.ofSeconds(10),
                List.of(new EffectHandler(), crisis))) {
      for (int i = 0; i < 10; i++) {
        db.enqueue(
            JobRequest.of(
                EffectHandler.KIND, Priority.BULK, EffectHandler.payload(10_000, 100, 20, 0)));
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> server.engine.running() >= 2);

      long enqueued = System.nanoTime();
      UUID id = db.enqueue(JobRequest.of("crisis-probe", Priority.CRISIS, "{}"));
      await().atMost(Duration.ofSeconds(5)).until(() -> startedAt.containsKey(id));

      long millis = (startedAt.get(id) - enqueued) / 1_000_000;
      System.out.printf(
          "Crisis job started %d ms after it was enqueued, bulk work running%n", millis);
      assertThat(server.engine.running()).isGreaterThanOrEqualTo(2);
      assertThat(millis).isLessThan(1_000);
    }
  }
}
