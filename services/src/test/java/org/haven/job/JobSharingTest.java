package org.haven.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two servers, each with its own connections and workers, share one queue. */
class JobSharingTest {

  private static final int JOBS = 10_000;

  @Test
  void ten_thousand_jobs_over_two_servers_each_run_exactly_once_and_none_is_lost()
      throws Exception {
    try (JobDatabase db = new JobDatabase()) {
      db.tx(
          c -> {
            JobStore store = new JobStore();
            for (int i = 0; i < JOBS; i++) {
              store.enqueue(
                  c,
                  JobRequest.of(
                      EffectHandler.KIND, Priority.INTERACTIVE, EffectHandler.payload(1, 1, 0, 0)));
            }
            return null;
          });
      long start = System.nanoTime();
      try (JobServer a = server(db, "server-a");
          JobServer b = server(db, "server-b")) {
        await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> succeeded(db) == JOBS);
      }
      System.out.printf(
          "%d jobs over two servers in %d ms%n", JOBS, (System.nanoTime() - start) / 1_000_000);

      Map<String, Long> effects =
          db.tx(
              c -> {
                try (PreparedStatement s =
                        c.prepareStatement(
                            "SELECT count(*), count(DISTINCT job_id), count(DISTINCT worker)"
                                + " FROM job_effect");
                    ResultSet rs = s.executeQuery()) {
                  rs.next();
                  return Map.of(
                      "rows", rs.getLong(1), "jobs", rs.getLong(2), "servers", rs.getLong(3));
                }
              });
      assertThat(effects)
          .containsEntry("rows", (long) JOBS)
          .containsEntry("jobs", (long) JOBS)
          .containsEntry("servers", 2L);
    }
  }

  private static JobServer server(JobDatabase db, String name) {
    return new JobServer(
        db.dataSource(), name, Duration.ofSeconds(10), List.of(new EffectHandler()));
  }

  private static long succeeded(JobDatabase db) {
    return db.tx(
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement("SELECT count(*) FROM job WHERE state = 'SUCCEEDED'");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
