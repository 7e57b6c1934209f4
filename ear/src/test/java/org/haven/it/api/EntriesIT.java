package org.haven.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.HttpResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntriesIT extends DeployedHaven {

  private ApiClient person;

  @BeforeEach
  void signIn() {
    person = ApiClient.newUser(baseUrl());
  }

  @Test
  void a_written_entry_is_created_with_its_location_and_version_and_reads_back() {
    HttpResult created =
        person
            .post(
                "/api/v1/entries",
                "{\"content\":\"Walked by the river.\",\"mood\":6,\"tags\":[\"Outside\",\"walk\"]}")
            .expect(201);

    String location = created.header("Location").orElseThrow();
    assertThat(created.header("ETag")).hasValue("\"1\"");
    JsonObject read = person.get(location.substring(location.indexOf("/api/"))).expect(200).json();
    assertThat(read.getString("content")).isEqualTo("Walked by the river.");
    assertThat(read.getInt("mood")).isEqualTo(6);
    assertThat(read.getJsonArray("tags").getString(0)).isEqualTo("outside");
    assertThat(read.getBoolean("favorite")).isFalse();
  }

  @Test
  void the_journal_pages_newest_first_without_gaps_or_repeats() {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      written.add(0, write("Entry number " + i).getString("id"));
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page =
          person
              .get("/api/v1/entries?limit=10" + (cursor == null ? "" : "&cursor=" + cursor))
              .expect(200)
              .json();
      page.getJsonArray("items").forEach(item -> seen.add(item.asJsonObject().getString("id")));
      cursor =
          page.containsKey("nextCursor") && !page.isNull("nextCursor")
              ? page.getString("nextCursor")
              : null;
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(written);
  }

  @Test
  void limits_and_cursors_the_server_did_not_hand_out_are_refused() {
    assertThat(person.get("/api/v1/entries?limit=0").expect(400).problemType())
        .isEqualTo("validation");
    assertThat(
            person
                .get("/api/v1/entries?limit=1000")
                .expect(400)
                .json()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("limit");
    assertThat(person.get("/api/v1/entries?limit=ten").status()).isEqualTo(400);
    assertThat(
            person
                .get("/api/v1/entries?cursor=bm90LWEtY3Vyc29y")
                .expect(400)
                .json()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("cursor");
  }

  @Test
  void a_revision_with_the_current_etag_succeeds_and_a_stale_one_is_412() {
    String path = "/api/v1/entries/" + write("First draft").getString("id");

    HttpResult revised = person.put(path, "{\"content\":\"Second draft\"}", "\"1\"").expect(200);
    assertThat(revised.header("ETag")).hasValue("\"2\"");

    HttpResult stale = person.put(path, "{\"content\":\"Lost update\"}", "\"1\"").expect(412);
    assertThat(stale.problemType()).isEqualTo("precondition-failed");
    assertThat(person.get(path).expect(200).json().getString("content")).isEqualTo("Second draft");
  }

  @Test
  void a_revision_may_carry_its_version_in_the_body_but_must_carry_it_somewhere() {
    String path = "/api/v1/entries/" + write("Draft").getString("id");

    person.put(path, "{\"content\":\"By body version\",\"version\":1}", null).expect(200);
    assertThat(
            person.put(path, "{\"content\":\"Blind overwrite\"}", null).expect(428).problemType())
        .isEqualTo("precondition-required");
  }

  @Test
  void favourites_toggle_and_deleted_entries_are_gone() {
    String path = "/api/v1/entries/" + write("Keep this one").getString("id");

    assertThat(
            person
                .patch(path + "/favorite", "{\"favorite\":true}")
                .expect(200)
                .json()
                .getBoolean("favorite"))
        .isTrue();
    person.delete(path).expect(204);
    assertThat(person.get(path).expect(404).problemType()).isEqualTo("not-found");
  }

  @Test
  void invalid_entries_are_400s_that_name_the_field() {
    assertThat(
            field(person.post("/api/v1/entries", "{\"content\":\"ok\",\"mood\":11}").expect(400)))
        .isEqualTo("mood");
    assertThat(field(person.post("/api/v1/entries", "{\"content\":\"   \"}").expect(400)))
        .isEqualTo("content");
    assertThat(
            field(
                person
                    .post("/api/v1/entries", "{\"content\":\"" + "a".repeat(20_001) + "\"}")
                    .expect(400)))
        .isEqualTo("content");
    assertThat(
            field(
                person
                    .post("/api/v1/entries", "{\"content\":\"ok\",\"tags\":[\"<b>\"]}")
                    .expect(400)))
        .isEqualTo("tags");
  }

  @Test
  void wrong_types_unknown_ids_and_oversized_bodies_are_4xx_problems() {
    assertThat(
            person
                .post("/api/v1/entries", "{\"content\":\"ok\",\"mood\":\"high\"}")
                .expect(400)
                .problemType())
        .isEqualTo("malformed-body");
    assertThat(person.post("/api/v1/entries", "[1,2,3]").status()).isEqualTo(400);
    assertThat(
            person
                .get("/api/v1/entries/00000000-0000-0000-0000-000000000000")
                .expect(404)
                .contentType())
        .startsWith("application/problem+json");
    assertThat(person.get("/api/v1/entries/not-a-uuid").status()).isEqualTo(404);
    assertThat(
            person
                .post("/api/v1/entries", "{\"content\":\"" + "a".repeat(300_000) + "\"}")
                .expect(413)
                .problemType())
        .isEqualTo("payload-too-large");
  }

  private JsonObject write(String content) {
    return person.post("/api/v1/entries", "{\"content\":\"" + content + "\"}").expect(201).json();
  }

  private static String field(HttpResult problem) {
    return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
