package org.haven.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.HttpResult;
import org.junit.jupiter.api.Test;

/** Enrolling the care team through the admin API: administrators only, rules as 4xx problems. */
class StaffIT extends DeployedHaven {

  private static String body(String username, String password, String roles) {
    return "{\"username\":\""
        + username
        + "\",\"displayName\":\"Test\",\"password\":\""
        + password
        + "\",\"roles\":"
        + roles
        + "}";
  }

  @Test
  void an_administrator_enrols_a_clinician_who_is_then_listed_without_a_password_hash() {
    ApiClient admin = ApiClient.administrator(baseUrl());
    String username = "cl-" + UUID.randomUUID().toString().substring(0, 8);

    var enrolled =
        admin
            .post("/api/v1/admin/staff", body(username, "twelve chars ok", "[\"CLINICIAN\"]"))
            .expect(201);

    assertThat(enrolled.json().getString("username")).isEqualTo(username);
    assertThat(enrolled.body()).doesNotContain("PBKDF2", "twelve chars ok");
    assertThat(admin.get("/api/v1/admin/staff").expect(200).body()).contains(username);
  }

  @Test
  void broken_enrolments_are_refused_with_a_problem_naming_the_field() {
    ApiClient admin = ApiClient.administrator(baseUrl());
    String username = "cl-" + UUID.randomUUID().toString().substring(0, 8);

    var shortPassword =
        admin.post("/api/v1/admin/staff", body(username, "short", "[\"CLINICIAN\"]"));
    var unknownRole =
        admin.post("/api/v1/admin/staff", body(username, "twelve chars ok", "[\"JANITOR\"]"));
    var noRole = admin.post("/api/v1/admin/staff", body(username, "twelve chars ok", "[]"));
    admin
        .post("/api/v1/admin/staff", body(username, "twelve chars ok", "[\"CLINICIAN\"]"))
        .expect(201);
    var taken =
        admin.post("/api/v1/admin/staff", body(username, "twelve chars ok", "[\"CLINICIAN\"]"));

    for (HttpResult refused : List.of(shortPassword, unknownRole, noRole, taken)) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(shortPassword.body()).contains("password");
    assertThat(unknownRole.body()).contains("roles");
    assertThat(taken.body()).contains("username");
  }

  @Test
  void a_person_cannot_enrol_staff() {
    ApiClient.newUser(baseUrl())
        .post("/api/v1/admin/staff", body("sneaky", "twelve chars ok", "[\"ADMIN\"]"))
        .expect(403);
  }
}
