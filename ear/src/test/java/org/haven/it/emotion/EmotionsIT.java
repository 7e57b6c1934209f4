package org.haven.it.emotion;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
