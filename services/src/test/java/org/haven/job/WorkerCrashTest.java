package org.haven.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A worker's JVM is killed mid-job; the job runs on elsewhere once its lease runs out. */
class WorkerCrashTest {

  private static final Duration LEASE = Duration.ofSeconds(1);

  @Test
  void a_job_whose_worker_was_killed_resumes_elsewhere_and_its_effect_appears_exactly_once()
      throws Exception {
    try (JobDatabase db = new JobDatabase()) {
      UUID id =
          db.enqueue(
              JobRequest.of(
                  EffectHandler.KIND, Priority.BULK, EffectHandler.payload(50, 10, 300, 0)));
      Process doomed = startWorkerJvm(db);
      try {
        await().atMost(Duration.ofSeconds(60)).until(() -> db.view(id).progressDone() >= 20);
      } finally {
        doomed.destroyForcibly().waitFor();
      }
      assertThat(db.view(id).state()).isEqualTo(JobState.RUNNING);

      try (JobServer survivor =
          new JobServer(db.dataSource(), "survivor", LEASE, List.of(new EffectHandler()))) {
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> db.view(id).state() == JobState.SUCCEEDED);
      }

      JobView done = db.view(id);
      assertThat(done.attempts()).isEqualTo(2);
      assertThat(done.progressDone()).isEqualTo(50);
      Map<String, Long> itemsByWorker = itemsByWorker(db, id);
      assertThat(db.effects(id)).isEqualTo(50);
      assertThat(distinctItems(db, id)).isEqualTo(50);
      assertThat(itemsByWorker.keySet()).containsExactly("doomed", "survivor");
    }
  }

  private static Process startWorkerJvm(JobDatabase db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashingWorker.class.getName(),
            db.url(),
            Long.toString(LEASE.toMillis()))
        .inheritIO()
        .start();
  }

  private static Map<String, Long> itemsByWorker(JobDatabase db, UUID id) {
    return db.tx(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT worker, count(*) FROM job_effect WHERE job_id = ? GROUP BY worker")) {
            s.setObject(1, id);
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
              }
            }
            return counts;
          }
        });
  }

  private static long distinctItems(JobDatabase db, UUID id) {
    return db.tx(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT count(DISTINCT item) FROM job_effect WHERE job_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
