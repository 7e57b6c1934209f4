package org.haven.it.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.HttpResult;
import org.junit.jupiter.api.Test;

class DataRightsIT extends DeployedHaven {

  private static final Duration JOB_TIME = Duration.ofSeconds(60);
  private static final List<String> PERSONAL_TABLES =
      List.of(
          "SELECT count(*) AS n FROM account WHERE id = ?::uuid",
          "SELECT count(*) AS n FROM journal_entry WHERE owner_id = ?::uuid",
          "SELECT count(*) AS n FROM entry_embedding WHERE owner_id = ?::uuid",
          "SELECT count(*) AS n FROM crisis_case WHERE account_id = ?::uuid",
          "SELECT count(*) AS n FROM data_export WHERE owner_id = ?::uuid",
          "SELECT count(*) AS n FROM job WHERE owner_id = ?::uuid",
          "SELECT count(*) AS n FROM entry_emotion m JOIN journal_entry e ON e.id = m.entry_id"
              + " WHERE e.owner_id = ?::uuid");

  private final ApiClient person = ApiClient.newUser(baseUrl());

  @Test
  void an_export_holds_every_entry_in_json_and_csv() {
    List<String> ids =
        List.of(
            person.write("Walked to the market, bought \\\"too many\\\" apples, made a pie."),
            person.write("=SUM(A1) is not a formula here, just words, with commas, in them."),
            person.write("Quiet day.\\nRead a book in the park."));

    HttpResult accepted = person.post("/api/v1/me/export", "").expect(202);
    String location = accepted.header("Location").orElseThrow();
    String exportPath = location.substring(location.indexOf("/api/"));
    await()
        .atMost(JOB_TIME)
        .until(() -> person.get(exportPath).expect(200).json().getString("state").equals("READY"));

    JsonObject json = person.get(exportPath + "/download").expect(200).json();
    assertThat(json.getJsonArray("entries").stream().map(e -> e.asJsonObject().getString("id")))
        .containsExactlyElementsOf(ids);
    assertThat(json.getJsonArray("entries").getJsonObject(1).getString("content"))
        .startsWith("=SUM(A1)");
    HttpResult csv = person.get(exportPath + "/download?format=csv").expect(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("id,created_at")
        .contains("\"'=SUM(A1) is not a formula here");
    assertThat(ids).allMatch(id -> csv.body().contains(id));
    assertThat(ApiClient.newUser(baseUrl()).get(exportPath).status()).isEqualTo(404);
    assertThat(person.get(exportPath + "/download?format=xml").status()).isEqualTo(400);
    assertThat(
            Database.rows(
                "SELECT action FROM audit_record WHERE object LIKE 'export/%' AND actor = ?",
                "account/" + owner(ids.get(0))))
        .extracting(r -> r.get("action"))
        .contains("DATA_EXPORT_REQUESTED", "DATA_EXPORTED");
  }

  @Test
  void deleting_the_account_leaves_none_of_its_rows_and_its_token_speaks_for_no_one() {
    String first = person.write("Dinner with my brother, we laughed a lot.");
    person.write("I have been saving my pills and I am going to take them all tonight.");
    String owner = owner(first);
    person.post("/api/v1/me/export", "").expect(202);
    await()
        .atMost(JOB_TIME)
        .until(
            () ->
                count("SELECT count(*) AS n FROM entry_embedding WHERE owner_id = ?::uuid", owner)
                    == 2);
    assertThat(count("SELECT count(*) AS n FROM crisis_case WHERE account_id = ?::uuid", owner))
        .isPositive();
    person.get("/api/v1/insights/summary").expect(200);
    person.get("/api/v1/insights/tags").expect(200);
    double cachedBefore = analyticsCacheEntries();

    person.delete("/api/v1/me").expect(204);

    for (String query : PERSONAL_TABLES) {
      assertThat(count(query, owner)).as(query).isZero();
    }
    assertThat(Database.rows("SELECT action FROM audit_record WHERE actor = ?", "account/" + owner))
        .extracting(r -> r.get("action"))
        .contains("ACCOUNT_DELETED", "CASE_CLOSED_ACCOUNT_DELETED");
    // The summary, the tags and the list of the person's insight keys left the cache.
    assertThat(analyticsCacheEntries()).isLessThanOrEqualTo(cachedBefore - 3);
    HttpResult afterwards = person.get("/api/v1/entries");
    assertThat(afterwards.status()).isEqualTo(401);
  }

  private static String owner(String entryId) {
    return Database.rows("SELECT owner_id FROM journal_entry WHERE id = ?::uuid", entryId)
        .get(0)
        .get("owner_id")
        .toString();
  }

  private static long count(String query, String id) {
    return ((Number) Database.rows(query, id).get(0).get("n")).longValue();
  }

  private double analyticsCacheEntries() {
    String metrics =
        ApiClient.anonymous(baseUrl()).get("/metrics?scope=application").expect(200).body();
    return metrics
        .lines()
        .filter(line -> line.startsWith("haven_cache_entries{cache=\"analytics\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow();
  }
}
