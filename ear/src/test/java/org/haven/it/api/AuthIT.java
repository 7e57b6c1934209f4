package org.haven.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.HttpResult;
import org.junit.jupiter.api.Test;

class AuthIT extends DeployedHaven {

  private final ApiClient anonymous = ApiClient.anonymous(baseUrl());

  @Test
  void a_registered_person_gets_a_bearer_token_that_opens_their_journal() {
    ApiClient person = ApiClient.newUser(baseUrl());

    assertThat(person.token().split("\\.")).hasSize(3);
    person.get("/api/v1/entries").expect(200);
  }

  @Test
  void the_token_response_says_what_kind_of_token_it_is_and_when_it_expires() {
    String body =
        "{\"username\":\"it-token-shape-"
            + System.nanoTime()
            + "\",\"password\":\""
            + ApiClient.PASSWORD
            + "\"}";
    anonymous.post("/api/v1/auth/register", body).expect(201);

    HttpResult token = anonymous.post("/api/v1/auth/token", body).expect(200);

    assertThat(token.json().getString("token_type")).isEqualTo("Bearer");
    assertThat(token.json().getInt("expires_in")).isPositive();
  }

  @Test
  void a_taken_username_is_a_conflict_naming_the_field() {
    String body =
        "{\"username\":\"it-twice-"
            + System.nanoTime()
            + "\",\"password\":\""
            + ApiClient.PASSWORD
            + "\"}";
    anonymous.post("/api/v1/auth/register", body).expect(201);

    HttpResult again = anonymous.post("/api/v1/auth/register", body).expect(409);

    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("username");
  }

  @Test
  void a_weak_password_is_refused_naming_the_field() {
    HttpResult weak =
        anonymous
            .post(
                "/api/v1/auth/register",
                "{\"username\":\"it-weak-" + System.nanoTime() + "\",\"password\":\"short\"}")
            .expect(400);

    assertThat(weak.problemType()).isEqualTo("validation");
    assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
  }

  @Test
  void a_wrong_password_gets_no_token_and_does_not_say_which_part_was_wrong() {
    ApiClient person = ApiClient.newUser(baseUrl());
    String unknownUser =
        "{\"username\":\"it-nobody-" + System.nanoTime() + "\",\"password\":\"whatever it is\"}";

    HttpResult unknown = anonymous.post("/api/v1/auth/token", unknownUser).expect(401);

    assertThat(unknown.problemType()).isEqualTo("invalid-credentials");
    assertThat(unknown.body()).doesNotContain("access_token");
    assertThat(person.token()).isNotBlank();
  }

  @Test
  void calls_without_a_valid_token_are_refused_with_401() {
    assertThat(anonymous.get("/api/v1/entries").status()).isEqualTo(401);

    String tampered = ApiClient.newUser(baseUrl()).token().replaceFirst("\\.[^.]{4}", ".AAAA");
    assertThat(anonymous.withToken(tampered).get("/api/v1/entries").status()).isEqualTo(401);
    assertThat(anonymous.withToken("not-a-jwt").get("/api/v1/entries").status()).isEqualTo(401);
  }

  @Test
  void malformed_json_is_a_400_problem_not_a_500() {
    HttpResult broken = anonymous.post("/api/v1/auth/register", "{\"username\": ").expect(400);

    assertThat(broken.contentType()).startsWith("application/problem+json");
    assertThat(broken.problemType()).isEqualTo("malformed-body");
    assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
