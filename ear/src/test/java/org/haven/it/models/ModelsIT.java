package org.haven.it.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.UUID;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.ModelUploads;
import org.junit.jupiter.api.Test;

class ModelsIT extends DeployedHaven {

  private static final String CRISIS = "crisis-level";

  private final ApiClient admin = ApiClient.administrator(baseUrl());
  private final ApiClient person = ApiClient.newUser(baseUrl());

  @Test
  void a_new_version_is_swapped_in_and_rolled_back_while_screening_goes_on() {
    String shipped = servingModel();
    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post("/api/v1/admin/models", upload(version, true)).expect(201);

    JsonObject active = admin.post(path(version) + "/activation", "").expect(200).json();

    assertThat(active.getString("state")).isEqualTo("ACTIVE");
    assertThat(servingModel()).isEqualTo(CRISIS + "@" + version);
    screensNormally();
    admin.post("/api/v1/admin/models/" + CRISIS + "/rollback", "").expect(200);
    assertThat(servingModel()).isEqualTo(shipped);
    assertThat(
            Database.rows(
                "SELECT action FROM audit_record WHERE object = ?",
                "model/" + CRISIS + "@" + version))
        .extracting(row -> row.get("action"))
        .contains("MODEL_ACTIVATED");
  }

  @Test
  void an_activation_made_by_another_server_is_followed_here() {
    String shipped = servingModel();
    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post("/api/v1/admin/models", upload(version, true)).expect(201);

    // What another server's activation leaves in the shared database.
    Database.execute(
        "UPDATE model_version SET state = 'RETIRED' WHERE name = '"
            + CRISIS
            + "' AND state = 'ACTIVE'",
        "UPDATE model_version SET state = 'ACTIVE', activated_at = now() WHERE name = '"
            + CRISIS
            + "' AND version = '"
            + version
            + "'");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> servingModel().equals(CRISIS + "@" + version));
    screensNormally();
    admin.post("/api/v1/admin/models/" + CRISIS + "/rollback", "").expect(200);
    assertThat(servingModel()).isEqualTo(shipped);
  }

  @Test
  void a_corrupted_artifact_is_refused_with_the_reason_and_the_serving_version_stays() {
    String shipped = servingModel();
    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post("/api/v1/admin/models", upload(version, true)).expect(201);
    Database.execute(
        "UPDATE model_version SET artifact = overlay(artifact placing '\\x00'::bytea from 200 for 1)"
            + " WHERE name = '"
            + CRISIS
            + "' AND version = '"
            + version
            + "'");

    var refused = admin.post(path(version) + "/activation", "");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("checksum mismatch");
    assertThat(servingModel()).isEqualTo(shipped);
    screensNormally();
    assertThat(admin.get("/api/v1/admin/models").expect(200).body()).contains("checksum mismatch");
  }

  @Test
  void an_upload_whose_bytes_do_not_match_its_declared_checksum_is_not_registered() {
    var refused = admin.post("/api/v1/admin/models", upload("it-bad-" + UUID.randomUUID(), false));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("checksum mismatch");
  }

  @Test
  void
      each_served_model_reports_its_provider_load_time_and_latency_in_the_report_metrics_and_health() {
    screensNormally();

    JsonObject crisis = crisisModelReport();
    assertThat(crisis.getString("provider")).isEqualTo("CPU");
    assertThat(crisis.getBoolean("loaded")).isTrue();
    assertThat(crisis.getJsonNumber("inferences").longValue()).isPositive();
    assertThat(crisis.getJsonNumber("lastLoadMillis").doubleValue()).isPositive();
    JsonObject memory =
        admin.get("/api/v1/admin/system").expect(200).json().getJsonObject("modelMemory");
    assertThat(memory.getJsonNumber("loadedBytes").longValue())
        .isPositive()
        .isLessThanOrEqualTo(memory.getJsonNumber("budgetBytes").longValue());
    String metrics =
        ApiClient.anonymous(baseUrl()).get("/metrics?scope=application").expect(200).body();
    assertThat(metrics)
        .contains("haven_model_inference_seconds_count{model=\"" + CRISIS + "\"")
        .contains("haven_model_load_seconds{model=\"" + CRISIS + "\"")
        .contains("haven_models_memory_bytes");
  }

  @Test
  void only_administrators_manage_models() {
    person.get("/api/v1/admin/models").expect(403);
  }

  private String servingModel() {
    return crisisModelReport().getString("version");
  }

  private JsonObject crisisModelReport() {
    return admin.get("/api/v1/admin/system").expect(200).json().getJsonArray("models").stream()
        .map(JsonValue::asJsonObject)
        .filter(model -> model.getString("name").equals(CRISIS))
        .findFirst()
        .orElseThrow();
  }

  private void screensNormally() {
    JsonObject screening =
        person
            .post("/api/v1/screenings", "{\"text\":\"Everyone would be better off without me.\"}")
            .expect(200)
            .json();
    assertThat(screening.getJsonArray("degraded")).isEmpty();
  }

  private static String path(String version) {
    return "/api/v1/admin/models/" + CRISIS + "/" + version;
  }

  private static String upload(String version, boolean honestChecksum) {
    return ModelUploads.shipped(CRISIS, "crisis/model/crisis-level", version, honestChecksum);
  }
}
