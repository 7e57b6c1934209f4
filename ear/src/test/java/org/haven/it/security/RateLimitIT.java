package org.haven.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.HttpResult;
import org.junit.jupiter.api.Test;

class RateLimitIT extends DeployedHaven {

  private static final int ATTEMPTS = 25;

  @Test
  void
      flooding_the_token_endpoint_for_one_account_is_refused_with_retry_after_and_others_are_unaffected() {
    ApiClient target = ApiClient.newUser(baseUrl());
    ApiClient bystander = ApiClient.newUser(baseUrl());
    ApiClient attacker = ApiClient.anonymous(baseUrl());

    List<HttpResult> answers = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      answers.add(
          attacker.post("/api/v1/auth/token", credentials(target.username(), "guess " + i)));
    }

    assertThat(answers.get(0).status()).isEqualTo(401);
    HttpResult refused = answers.get(ATTEMPTS - 1);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.problemType()).isEqualTo("too-many-requests");
    assertThat(refused.header("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(answers).extracting(HttpResult::status).containsOnly(401, 429);
    assertThat(
            attacker
                .post("/api/v1/auth/token", credentials(target.username(), ApiClient.PASSWORD))
                .status())
        .as("even the right password waits until the bucket refills")
        .isEqualTo(429);

    assertThat(
            attacker
                .post("/api/v1/auth/token", credentials(bystander.username(), ApiClient.PASSWORD))
                .status())
        .isEqualTo(200);
    bystander.get("/api/v1/entries").expect(200);
    target.get("/api/v1/entries").expect(200);
  }

  private static String credentials(String username, String password) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("password", password)
        .build()
        .toString();
  }
}
