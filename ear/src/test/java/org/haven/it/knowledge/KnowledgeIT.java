package org.haven.it.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class KnowledgeIT extends DeployedHaven {

  private static final String DOCUMENTS = "/api/v1/admin/knowledge/documents";

  /** A guide of about 6,000 characters on one distinctive subject, unique to each run. */
  private static String guide() {
    String run = UUID.randomUUID().toString();
    return "# Tide-pool breathing ("
        + run
        + ")\n\n"
        + IntStream.range(0, 40)
            .mapToObj(
                i ->
                    "Step "
                        + i
                        + ": sit by the window, picture a tide pool filling and emptying, and"
                        + " breathe in as the water rises and out as it falls, slowly.")
            .collect(Collectors.joining("\n"));
  }

  @Test
  void a_document_is_ingested_in_the_background_found_by_retrieval_and_not_added_twice() {
    ApiClient admin = ApiClient.administrator(baseUrl());
    byte[] body = guide().getBytes(StandardCharsets.UTF_8);
    String query = "?name=tide-pools.md&domain=STRESS&authors=Clinic%20team&year=2026";

    var accepted = admin.upload(DOCUMENTS + query, "text/markdown", body).expect(202);
    String id = accepted.json().getString("id");
    assertThat(accepted.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));

    JsonObject ready = awaitReady(admin, id);
    assertThat(ready.getInt("passages")).isGreaterThanOrEqualTo(4);
    assertThat(ready.getJsonNumber("charactersRead").longValue()).isGreaterThan(5000);

    JsonObject again = admin.upload(DOCUMENTS + query, "text/markdown", body).expect(200).json();
    assertThat(again.getString("id")).isEqualTo(id);

    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                admin
                    .get("/api/v1/admin/knowledge/search?q=tide%20pool%20breathing&domain=STRESS")
                    .expect(200)
                    .jsonArray()
                    .getJsonObject(0)
                    .getString("key")
                    .startsWith("doc/" + id));
    assertThat(
            Database.rows(
                "SELECT count(*) AS n FROM audit_record WHERE action = 'KNOWLEDGE_DOCUMENT_ADDED'"
                    + " AND object = ?",
                "knowledge_document/" + id))
        .extracting(r -> ((Number) r.get("n")).intValue())
        .containsExactly(1);

    admin.delete(DOCUMENTS + "/" + id).expect(204);
    assertThat(
            Database.rows(
                "SELECT passage_key FROM knowledge_passage WHERE document_id = ?",
                UUID.fromString(id)))
        .isEmpty();
  }

  @Test
  void the_bundled_knowledge_base_is_stored_with_its_vectors() {
    var rows =
        Database.rows(
            "SELECT count(*) AS n, count(vector) AS embedded FROM knowledge_passage"
                + " WHERE document_id IS NULL");

    assertThat(((Number) rows.get(0).get("n")).intValue()).isGreaterThanOrEqualTo(150);
    assertThat(rows.get(0).get("embedded")).isEqualTo(rows.get(0).get("n"));
  }

  @Test
  void bad_uploads_get_a_problem_and_people_cannot_upload_at_all() {
    ApiClient admin = ApiClient.administrator(baseUrl());
    byte[] body = "Some text.".getBytes(StandardCharsets.UTF_8);

    assertThat(
            admin
                .upload(DOCUMENTS + "?name=x.doc&domain=CBT", "application/msword", body)
                .expect(415)
                .contentType())
        .startsWith("application/problem+json");
    assertThat(
            admin
                .upload(DOCUMENTS + "?name=x.md&domain=ASTROLOGY", "text/markdown", body)
                .expect(400)
                .json()
                .getString("detail"))
        .contains("domain");
    ApiClient.newUser(baseUrl())
        .upload(DOCUMENTS + "?name=x.md&domain=CBT", "text/markdown", body)
        .expect(403);
  }

  private static JsonObject awaitReady(ApiClient admin, String id) {
    JsonObject[] document = new JsonObject[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              document[0] = admin.get(DOCUMENTS + "/" + id).expect(200).json();
              return "READY".equals(document[0].getString("status"));
            });
    return document[0];
  }
}
