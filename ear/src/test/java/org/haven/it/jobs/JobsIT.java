package org.haven.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.ModelUploads;
import org.junit.jupiter.api.Test;

class JobsIT extends DeployedHaven {

  private static final Duration JOB_TIME = Duration.ofSeconds(60);

  private final ApiClient admin = ApiClient.administrator(baseUrl());
  private final ApiClient person = ApiClient.newUser(baseUrl());

  @Test
  void a_written_entry_is_embedded_in_the_background_and_found_by_meaning() {
    String dog =
        person.write("Took Biscuit to the beach, he chased every wave and came home soaked.");
    String taxes = person.write("Spent the whole afternoon on tax forms and receipts. So tedious.");
    String soup =
        person.write("Made grandma's lentil soup for dinner, the kitchen smelled like her house.");

    await().atMost(JOB_TIME).until(() -> embedded(List.of(dog, taxes, soup)));
    JsonObject found =
        person
            .get("/api/v1/entries/search?q=my+puppy+playing+in+the+sea&limit=3")
            .expect(200)
            .json();

    List<String> ids =
        found.getJsonArray("matches").stream()
            .map(m -> m.asJsonObject().getJsonObject("entry").getString("id"))
            .toList();
    assertThat(ids).hasSize(3).first().isEqualTo(dog);
    assertThat(
            ApiClient.newUser(baseUrl())
                .get("/api/v1/entries/search?q=beach")
                .expect(200)
                .json()
                .getJsonArray("matches"))
        .isEmpty();
    assertThat(person.get("/api/v1/entries/search?q=").status()).isEqualTo(400);
    assertThat(
            Database.rows(
                "SELECT state FROM job WHERE kind = 'entry-embedding' AND payload LIKE ?",
                "%" + dog + "%"))
        .extracting(row -> row.get("state"))
        .containsExactly("SUCCEEDED");
  }

  @Test
  void activating_an_emotion_model_reads_every_entry_again_in_a_bulk_job_with_progress() {
    person.write("A quiet morning with coffee and the crossword.");
    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    admin
        .post(
            "/api/v1/admin/models",
            ModelUploads.shipped("emotion", "emotion/model/emotion", version, true))
        .expect(201);

    admin.post("/api/v1/admin/models/emotion/" + version + "/activation", "").expect(200);

    JsonObject job =
        await()
            .atMost(JOB_TIME)
            .until(
                this::latestReanalysis, j -> j != null && j.getString("state").equals("SUCCEEDED"));
    long entries =
        Long.parseLong(
            Database.rows("SELECT count(*) AS n FROM journal_entry").get(0).get("n").toString());
    assertThat(job.getString("priority")).isEqualTo("BULK");
    assertThat(job.getJsonNumber("progressDone").longValue()).isGreaterThanOrEqualTo(entries);
    assertThat(job.getJsonNumber("progressTotal").longValue()).isGreaterThanOrEqualTo(entries);
    assertThat(
            Database.rows(
                    "SELECT count(*) AS n FROM entry_emotion WHERE model = ?", "emotion@" + version)
                .get(0)
                .get("n")
                .toString())
        .isEqualTo(Long.toString(entries));
    admin.post("/api/v1/admin/models/emotion/rollback", "").expect(200);
  }

  @Test
  void the_admin_api_lists_jobs_and_refuses_what_a_state_does_not_allow() {
    person.write("Another entry to give the queue some work.");
    await().atMost(JOB_TIME).until(() -> !jobs("SUCCEEDED").isEmpty());
    String done = jobs("SUCCEEDED").get(0).getString("id");

    assertThat(admin.get("/api/v1/admin/jobs/" + done).expect(200).json().getString("state"))
        .isEqualTo("SUCCEEDED");
    assertThat(admin.post("/api/v1/admin/jobs/" + done + "/retry", "").status()).isEqualTo(409);
    assertThat(admin.post("/api/v1/admin/jobs/" + done + "/cancel", "").status()).isEqualTo(409);
    assertThat(admin.get("/api/v1/admin/jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/admin/jobs?state=NOPE").status()).isEqualTo(400);
    person.get("/api/v1/admin/jobs").expect(403);
    String metrics =
        ApiClient.anonymous(baseUrl()).get("/metrics?scope=application").expect(200).body();
    assertThat(metrics)
        .contains("haven_jobs_ready{mp_scope=\"application\",priority=\"CRISIS\"")
        .contains("haven_job_run_seconds_count{kind=\"entry-embedding\"");
  }

  private boolean embedded(List<String> ids) {
    return ids.stream()
        .allMatch(
            id ->
                !Database.rows("SELECT 1 FROM entry_embedding WHERE entry_id = ?::uuid", id)
                    .isEmpty());
  }

  private List<JsonObject> jobs(String state) {
    return admin.get("/api/v1/admin/jobs?state=" + state).expect(200).jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private JsonObject latestReanalysis() {
    return admin.get("/api/v1/admin/jobs?limit=500").expect(200).jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(j -> j.getString("kind").equals("emotion-reanalysis"))
        .findFirst()
        .orElse(null);
  }
}
