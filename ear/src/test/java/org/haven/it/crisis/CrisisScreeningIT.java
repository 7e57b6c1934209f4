package org.haven.it.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrisisScreeningIT extends DeployedHaven {

  private ApiClient person;

  @BeforeEach
  void signIn() {
    person = ApiClient.newUser(baseUrl());
  }

  @Test
  void a_critical_entry_has_its_case_in_the_database_when_the_201_arrives() {
    JsonObject written =
        person
            .post("/api/v1/entries", "{\"content\":\"I have a plan to end my life tonight.\"}")
            .expect(201)
            .json();

    assertThat(written.getJsonObject("screening").getString("level")).isEqualTo("CRITICAL");
    List<Map<String, Object>> cases = casesOf(person);
    assertThat(cases).hasSize(1);
    Map<String, Object> opened = cases.get(0);
    assertThat(opened.get("status")).isEqualTo("NEW");
    assertThat(opened.get("level")).isEqualTo("CRITICAL");
    assertThat(opened.get("concern")).isEqualTo("SUICIDAL_IDEATION");
    assertThat(opened.get("latest_entry_id").toString()).isEqualTo(written.getString("id"));
    Duration due =
        Duration.between(
            ((Timestamp) opened.get("opened_at")).toInstant(),
            ((Timestamp) opened.get("due_at")).toInstant());
    assertThat(due).isEqualTo(Duration.ofMinutes(10));
    assertThat(
            Database.rows(
                "SELECT level FROM entry_assessment WHERE entry_id = ?",
                UUID.fromString(written.getString("id"))))
        .extracting(r -> r.get("level"))
        .containsExactly("CRITICAL");
  }

  @Test
  void a_person_at_high_risk_is_told_a_person_will_see_it_and_offered_a_safety_plan() {
    JsonObject support =
        person
            .post("/api/v1/entries", "{\"content\":\"I keep thinking about killing myself.\"}")
            .expect(201)
            .json()
            .getJsonObject("support");

    assertThat(support.getBoolean("careTeamWillSee")).isTrue();
    assertThat(support.getJsonArray("safetyPlan")).hasSize(6);
    assertThat(support.getString("message"))
        .contains("not a crisis service")
        .contains("care team will read this");
    assertThat(support.getJsonArray("resources").getJsonObject(0).getString("contact"))
        .contains("988");
  }

  @Test
  void moderate_entries_get_resources_but_open_no_case_by_default() {
    JsonObject written =
        person
            .post("/api/v1/entries", "{\"content\":\"I just want to sleep and never wake up.\"}")
            .expect(201)
            .json();

    assertThat(written.getJsonObject("screening").getString("level")).isEqualTo("MODERATE");
    assertThat(written.getJsonObject("support").getBoolean("careTeamWillSee")).isFalse();
    assertThat(written.getJsonObject("support").containsKey("safetyPlan")).isTrue();
    assertThat(casesOf(person)).isEmpty();
  }

  @Test
  void idioms_are_not_alarms() {
    JsonObject written =
        person
            .post(
                "/api/v1/entries",
                "{\"content\":\"This commute is killing me and my phone died, but I killed it at the gym.\"}")
            .expect(201)
            .json();

    assertThat(written.getJsonObject("screening").getString("level")).isEqualTo("NONE");
    assertThat(written.getJsonObject("support").containsKey("resources")).isFalse();
    assertThat(casesOf(person)).isEmpty();
  }

  @Test
  void a_second_entry_about_the_same_concern_updates_the_open_case() {
    person.post("/api/v1/entries", "{\"content\":\"I want to kill myself.\"}").expect(201);
    person
        .post(
            "/api/v1/entries",
            "{\"content\":\"I have decided, I will do it tomorrow. I want to die.\"}")
        .expect(201);

    List<Map<String, Object>> cases = casesOf(person);
    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).get("level")).isEqualTo("CRITICAL");
    assertThat(
            Database.rows(
                "SELECT type FROM crisis_case_event WHERE case_id = ? ORDER BY at",
                cases.get(0).get("id")))
        .extracting(r -> r.get("type"))
        .containsExactly("OPENED", "UPDATED");
  }

  @Test
  void resources_follow_the_persons_locale() {
    JsonObject support =
        person
            .post(
                "/api/v1/entries",
                "{\"content\":\"Ich will nicht mehr leben.\",\"locale\":\"de-DE\"}")
            .expect(201)
            .json()
            .getJsonObject("support");

    assertThat(support.getString("country")).isEqualTo("DE");
    assertThat(support.getString("language")).isEqualTo("de");
    assertThat(support.getJsonArray("resources").getJsonObject(0).getString("name"))
        .contains("TelefonSeelsorge");
  }

  @Test
  void a_screening_shows_its_evidence_and_stores_nothing() {
    String text = "Rough week. I wrote goodbye letters to my family.";

    JsonObject report =
        person
            .post("/api/v1/screenings", "{\"text\":\"" + text + "\",\"locale\":\"en-GB\"}")
            .expect(200)
            .json();

    assertThat(report.getString("level")).isEqualTo("HIGH");
    JsonObject evidence =
        report.getJsonArray("findings").getJsonObject(0).getJsonArray("evidence").getJsonObject(0);
    assertThat(text.substring(evidence.getInt("start"), evidence.getInt("end")))
        .contains("goodbye letters");
    assertThat(report.getJsonArray("decidedBy").getString(0)).startsWith("rulebook:");
    assertThat(report.getJsonObject("support").getString("country")).isEqualTo("GB");
    assertThat(report.getJsonNumber("elapsedMicros").longValue()).isPositive();
    assertThat(casesOf(person)).isEmpty();
    assertThat(
            Database.rows(
                    "SELECT count(*) AS n FROM journal_entry WHERE owner_id = ?",
                    UUID.fromString(person.accountId()))
                .get(0)
                .get("n"))
        .isEqualTo(0L);
  }

  @Test
  void a_screening_without_text_is_a_validation_problem() {
    assertThat(person.post("/api/v1/screenings", "{\"locale\":\"en\"}").expect(400).problemType())
        .isEqualTo("validation");
  }

  @Test
  void risk_written_into_an_edit_is_screened_and_queued_like_a_new_entry() {
    String id =
        person
            .post("/api/v1/entries", "{\"content\":\"A quiet day.\"}")
            .expect(201)
            .json()
            .getString("id");

    JsonObject revised =
        person
            .put(
                "/api/v1/entries/" + id,
                "{\"content\":\"A quiet day. I wrote goodbye letters to my family.\"}",
                "\"1\"")
            .expect(200)
            .json();

    assertThat(revised.getJsonObject("screening").getString("level")).isEqualTo("HIGH");
    assertThat(casesOf(person)).hasSize(1);
  }

  @Test
  void a_check_before_sending_never_promises_that_a_person_will_read_it() {
    JsonObject support =
        person
            .post("/api/v1/screenings", "{\"text\":\"I keep thinking about killing myself.\"}")
            .expect(200)
            .json()
            .getJsonObject("support");

    assertThat(support.getBoolean("careTeamWillSee")).isFalse();
    assertThat(support.getString("message")).doesNotContain("care team");
  }

  @Test
  void a_country_without_its_own_list_gets_international_help_not_another_countrys_numbers() {
    JsonObject support =
        person
            .post("/api/v1/screenings", "{\"text\":\"I want to die.\",\"locale\":\"pt-BR\"}")
            .expect(200)
            .json()
            .getJsonObject("support");

    assertThat(support.getString("country")).isEqualTo("INTL");
    assertThat(support.getJsonArray("resources").toString())
        .doesNotContain("988")
        .doesNotContain("911");
  }

  private static List<Map<String, Object>> casesOf(ApiClient person) {
    return Database.rows(
        "SELECT * FROM crisis_case WHERE account_id = ?", UUID.fromString(person.accountId()));
  }
}
