package org.haven.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JobEngineTest {

  static JobDatabase db;
  private final JobStore store = new JobStore();
  private JobServer server;

  @BeforeAll
  static void database() throws Exception {
    db = new JobDatabase();
  }

  @AfterAll
  static void dropDatabase() throws Exception {
    db.close();
  }

  @AfterEach
  void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void a_job_runs_once_and_ends_succeeded() throws Exception {
    UUID id = enqueue(JobRequest.of(EffectHandler.KIND, Priority.INTERACTIVE, payload(3, 10, 0)));
    start();

    await().atMost(Duration.ofSeconds(10)).until(() -> state(id) == JobState.SUCCEEDED);
    assertThat(effects(id)).isEqualTo(3);
  }

  @Test
  void an_idempotency_key_enqueues_the_work_once() throws Exception {
    JobRequest request =
        JobRequest.of(EffectHandler.KIND, Priority.INTERACTIVE, payload(1, 1, 0))
            .once("k-" + UUID.randomUUID());

    assertThat(enqueue(request)).isEqualTo(enqueue(request));
  }

  @Test
  void a_failing_job_is_retried_with_backoff_until_dead_and_an_operator_can_retry_it()
      throws Exception {
    UUID flaky =
        enqueue(JobRequest.of(EffectHandler.KIND, Priority.INTERACTIVE, payload(1, 1, 0, 2)));
    UUID hopeless =
        enqueue(
            JobRequest.of(EffectHandler.KIND, Priority.INTERACTIVE, payload(1, 1, 0, 99))
                .attempts(3));
    start();

    await().atMost(Duration.ofSeconds(20)).until(() -> state(flaky) == JobState.SUCCEEDED);
    await().atMost(Duration.ofSeconds(20)).until(() -> state(hopeless) == JobState.DEAD);
    JobView dead = view(hopeless);
    assertThat(view(flaky).attempts()).isEqualTo(3);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.lastError()).isEqualTo(IllegalStateException.class.getName());
    assertThat(effects(hopeless)).isZero();

    assertThat(this.<Boolean>tx(c -> store.retry(c, hopeless))).isTrue();
    assertThat(state(hopeless)).isIn(JobState.QUEUED, JobState.RUNNING);
  }

  @Test
  void a_long_job_saves_its_progress_and_stops_between_steps_when_cancelled() throws Exception {
    UUID id = enqueue(JobRequest.of(EffectHandler.KIND, Priority.BULK, payload(1_000, 10, 50)));
    start();
    await().atMost(Duration.ofSeconds(10)).until(() -> view(id).progressDone() >= 30);

    assertThat(this.<Boolean>tx(c -> store.cancel(c, id))).isTrue();

    await().atMost(Duration.ofSeconds(10)).until(() -> state(id) == JobState.CANCELLED);
    JobView cancelled = view(id);
    assertThat(cancelled.progressTotal()).isEqualTo(1_000);
    assertThat(effects(id)).isEqualTo(cancelled.progressDone()).isLessThan(1_000);
  }

  @Test
  void a_waiting_job_is_cancelled_at_once() throws Exception {
    UUID id = enqueue(JobRequest.of(EffectHandler.KIND, Priority.BULK, payload(1, 1, 0)));

    assertThat(this.<Boolean>tx(c -> store.cancel(c, id))).isTrue();
    start();

    assertThat(state(id)).isEqualTo(JobState.CANCELLED);
    assertThat(this.<Boolean>tx(c -> store.cancel(c, id))).isFalse();
  }

  private void start() {
    server =
        new JobServer(db.dataSource(), "test", Duration.ofSeconds(5), List.of(new EffectHandler()));
  }

  static String payload(int items, int step, long sleepMillis) {
    return EffectHandler.payload(items, step, sleepMillis, 0);
  }

  static String payload(int items, int step, long sleepMillis, int failAttempts) {
    return EffectHandler.payload(items, step, sleepMillis, failAttempts);
  }

  private UUID enqueue(JobRequest request) {
    return db.enqueue(request);
  }

  private JobState state(UUID id) {
    return db.view(id).state();
  }

  private JobView view(UUID id) {
    return db.view(id);
  }

  private long effects(UUID id) {
    return db.effects(id);
  }

  private <T> T tx(Transactions.Work<T> work) {
    return db.tx(work);
  }
}
