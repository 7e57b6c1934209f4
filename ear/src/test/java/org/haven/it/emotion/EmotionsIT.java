package org.haven.it.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class EmotionsIT extends DeployedHaven {

  private final ApiClient person = ApiClient.newUser(baseUrl());

  @Test
  void every_written_entry_gets_an_emotion_profile_its_owner_can_read() {
    String id =
        person
            .post(
                "/api/v1/entries",
                "{\"content\":\"I got the job today and I cannot stop smiling. We celebrated with pizza.\"}")
            .expect(201)
            .json()
            .getString("id");

    JsonObject profile = person.get("/api/v1/entries/" + id + "/emotions").expect(200).json();

    assertThat(profile.getString("dominant")).isEqualTo("JOY");
    assertThat(profile.getJsonNumber("valence").doubleValue()).isPositive();
    assertThat(profile.getJsonObject("scores").getJsonObject("JOY").getString("intensity"))
        .isIn("MODERATE", "HIGH");
    assertThat(profile.getJsonArray("sentences")).hasSize(2);
    assertThat(profile.getString("model")).startsWith("emotion@");
    assertThat(
            person
                .get("/api/v1/entries/" + id)
                .expect(200)
                .json()
                .getJsonObject("emotions")
                .getString("dominant"))
        .isEqualTo("JOY");
  }

  @Test
  void a_revised_entry_is_read_again() {
    String id =
        person
            .post("/api/v1/entries", "{\"content\":\"Looking forward to the trip next week.\"}")
            .expect(201)
            .json()
            .getString("id");
    long version =
        person.get("/api/v1/entries/" + id).expect(200).json().getJsonNumber("version").longValue();

    person
        .put(
            "/api/v1/entries/" + id,
            "{\"content\":\"The landlord ignored my emails again and I am furious.\"}",
            "\"" + version + "\"")
        .expect(200);

    assertThat(
            person
                .get("/api/v1/entries/" + id + "/emotions")
                .expect(200)
                .json()
                .getString("dominant"))
        .isEqualTo("ANGER");
  }

  @Test
  void patterns_across_recent_entries_name_the_entries_that_show_them() {
    ApiClient writer = ApiClient.newUser(baseUrl());
    String first = writer.write("I messed up the presentation. I'm such an idiot.");
    writer.write("Went for a long walk by the river with my dog.");
    String third = writer.write("I forgot her birthday. It's all my fault, I ruin everything.");
    writer.write("So grateful for my friend who called tonight.");

    JsonObject window = writer.get("/api/v1/emotions/patterns").expect(200).json();

    assertThat(window.getInt("entries")).isEqualTo(4);
    JsonObject selfCriticism =
        window.getJsonArray("patterns").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("pattern").equals("SELF_CRITICISM"))
            .findFirst()
            .orElseThrow();
    assertThat(selfCriticism.getJsonArray("entries"))
        .extracting(v -> ((JsonString) v).getString())
        .containsExactly(first, third);
    assertThat(window.getJsonArray("patterns").toString()).doesNotContain("GRATITUDE");
    assertThat(
            writer
                .get("/api/v1/entries/" + third + "/emotions")
                .expect(200)
                .json()
                .getJsonArray("cues")
                .toString())
        .contains("SELF_CRITICISM");
    assertThat(
            ApiClient.newUser(baseUrl())
                .get("/api/v1/emotions/patterns")
                .expect(200)
                .json()
                .getJsonArray("patterns"))
        .isEmpty();
  }

  @Test
  void a_window_outside_one_to_365_days_is_a_problem_naming_the_field() {
    var refused = person.get("/api/v1/emotions/patterns?days=0");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("days");
    assertThat(person.get("/api/v1/emotions/patterns?days=abc").status()).isEqualTo(400);
  }

  @Test
  void nobody_else_can_read_them() {
    String id =
        person
            .post("/api/v1/entries", "{\"content\":\"A calm evening.\"}")
            .expect(201)
            .json()
            .getString("id");

    ApiClient.newUser(baseUrl()).get("/api/v1/entries/" + id + "/emotions").expect(404);
  }
}
