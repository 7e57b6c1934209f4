package org.haven.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class OperationsIT extends DeployedHaven {

  private final ApiClient anonymous = ApiClient.anonymous(baseUrl());

  @Test
  void readiness_reports_the_database_and_the_migrated_schema() {
    JsonObject health = anonymous.get("/health/ready").expect(200).json();

    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
        .contains("database", "migrations", "models");
    JsonObject models =
        health.getJsonArray("checks").stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("name").equals("models"))
            .findFirst()
            .orElseThrow();
    assertThat(models.getJsonObject("data").getString("crisis-level")).endsWith(" on CPU");
    assertThat(models.getJsonObject("data").getString("emotion")).startsWith("emotion@");
  }

  @Test
  void screening_time_is_measured_in_the_metrics() {
    ApiClient.newUser(baseUrl())
        .post("/api/v1/entries", "{\"content\":\"A calm evening.\"}")
        .expect(201);

    assertThat(anonymous.get("/metrics?scope=application").expect(200).body())
        .contains("haven_crisis_screening");
  }

  @Test
  void repeated_screenings_are_answered_from_the_sealed_cache_and_counted() {
    ApiClient person = ApiClient.newUser(baseUrl());
    String draft = "{\"text\":\"Slept badly, but the morning walk helped.\"}";
    var first = person.post("/api/v1/screenings", draft).expect(200).json();
    var again = person.post("/api/v1/screenings", draft).expect(200).json();

    assertThat(again).isEqualTo(first);
    assertThat(anonymous.get("/metrics?scope=application").expect(200).body())
        .containsPattern("haven_cache_hits[^\\n]*cache=\"analysis\"[^\\n]* [1-9]");
  }

  @Test
  void the_system_report_shows_the_hardware_the_provider_tried_and_chosen_and_the_models() {
    JsonObject system =
        ApiClient.administrator(baseUrl()).get("/api/v1/admin/system").expect(200).json();

    assertThat(system.getJsonObject("hardware").getInt("logicalCores")).isPositive();
    JsonObject providers = system.getJsonObject("providers");
    assertThat(providers.getString("chosen")).isEqualTo("CPU");
    assertThat(providers.getJsonArray("attempts").getJsonObject(0).getString("provider"))
        .isEqualTo("CUDA");
    assertThat(providers.getJsonArray("attempts").getJsonObject(0).getBoolean("works")).isFalse();
    assertThat(system.getJsonArray("models"))
        .extracting(
            m ->
                m.asJsonObject().getString("name")
                    + " on "
                    + m.asJsonObject().getString("provider"))
        .contains("crisis-level on CPU", "emotion on CPU");
    ApiClient.newUser(baseUrl()).get("/api/v1/admin/system").expect(403);
  }

  @Test
  void metrics_and_the_openapi_document_are_served() {
    assertThat(anonymous.get("/metrics").expect(200).body()).contains("jvm_uptime_seconds");
    assertThat(anonymous.get("/openapi").expect(200).body())
        .contains("/v1/entries")
        .contains("/v1/auth/token");
  }
}
