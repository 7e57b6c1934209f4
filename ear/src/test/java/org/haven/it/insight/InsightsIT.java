package org.haven.it.insight;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class InsightsIT extends DeployedHaven {

  private final ApiClient person = ApiClient.newUser(baseUrl());

  @Test
  void writing_statistics_and_streaks_follow_every_new_entry() {
    person.write("Three small words.");
    JsonObject before = person.get("/api/v1/insights/summary").expect(200).json();
    assertThat(before.getInt("entries")).isEqualTo(1);
    assertThat(before.getInt("words")).isEqualTo(3);
    assertThat(before.getInt("currentStreak")).isEqualTo(1);

    person.write("And then four more.");

    JsonObject after = person.get("/api/v1/insights/summary?tz=Europe/London").expect(200).json();
    assertThat(after.getInt("entries")).isEqualTo(2);
    assertThat(after.getInt("words")).isEqualTo(7);
    assertThat(after.getInt("daysWritten")).isEqualTo(1);
    assertThat(person.get("/api/v1/insights/summary?tz=Mars/Olympus").status()).isEqualTo(400);
    assertThat(person.get("/api/v1/insights/summary?tz=%2B02:00").status()).isEqualTo(400);
  }

  @Test
  void tags_go_with_mood_only_once_there_are_three_days_with_and_three_without() {
    List<String> ids = new ArrayList<>();
    for (int day = 0; day < 8; day++) {
      boolean walked = day % 2 == 0;
      ids.add(
          person
              .post(
                  "/api/v1/entries",
                  "{\"content\":\"Day "
                      + day
                      + ".\",\"mood\":"
                      + (walked ? 8 : 4)
                      + ",\"tags\":["
                      + (walked ? "\"walk\"" : "\"work\"")
                      + "]}")
              .expect(201)
              .json()
              .getString("id"));
    }
    // Spread over eight days, as if written over a week: the API stamps entries with now.
    for (int day = 0; day < ids.size(); day++) {
      Database.execute(
          "UPDATE journal_entry SET created_at = now() - interval '"
              + day
              + " days' WHERE id = '"
              + ids.get(day)
              + "'");
    }

    JsonObject walk =
        person.get("/api/v1/insights/tags").expect(200).json().getJsonArray("tags").stream()
            .map(t -> t.asJsonObject())
            .filter(t -> t.getString("tag").equals("walk"))
            .findFirst()
            .orElseThrow();
    assertThat(walk.getInt("entries")).isEqualTo(4);
    assertThat(walk.getInt("daysWith")).isEqualTo(4);
    assertThat(walk.getInt("daysWithout")).isEqualTo(4);
    assertThat(walk.getJsonNumber("meanMoodWith").doubleValue()).isEqualTo(8.0);
    assertThat(walk.getJsonNumber("meanMoodWithout").doubleValue()).isEqualTo(4.0);

    JsonObject weekly = person.get("/api/v1/insights/trends?by=week").expect(200).json();
    assertThat(weekly.getString("period")).isEqualTo("WEEK");
    assertThat(
            weekly.getJsonArray("trends").stream()
                .mapToInt(t -> t.asJsonObject().getInt("entries"))
                .sum())
        .isEqualTo(8);
    assertThat(person.get("/api/v1/insights/trends?by=year").status()).isEqualTo(400);
  }

  @Test
  void a_tag_seen_on_too_few_days_shows_its_counts_but_no_comparison() {
    person
        .post("/api/v1/entries", "{\"content\":\"Swim.\",\"mood\":7,\"tags\":[\"swim\"]}")
        .expect(201);

    JsonObject swim =
        person
            .get("/api/v1/insights/tags")
            .expect(200)
            .json()
            .getJsonArray("tags")
            .getJsonObject(0);

    assertThat(swim.getInt("daysWith")).isEqualTo(1);
    assertThat(swim.containsKey("meanMoodWith")).isFalse();
  }
}
