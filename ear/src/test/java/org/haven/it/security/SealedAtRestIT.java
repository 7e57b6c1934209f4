package org.haven.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class SealedAtRestIT extends DeployedHaven {

  @Test
  void journal_text_appears_in_no_table_row_and_no_log_file() {
    String marker = "zebrafinch" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient person = ApiClient.newUser(baseUrl());
    String id =
        person
            .post(
                "/api/v1/entries",
                "{\"content\":\"I keep thinking about the "
                    + marker
                    + ". I want to die and I have the pills ready.\"}")
            .expect(201)
            .json()
            .getString("id");
    person.get("/api/v1/entries/" + id).expect(200);
    person.post("/api/v1/screenings", "{\"text\":\"" + marker + " again today\"}").expect(200);

    for (String table :
        new String[] {"journal_entry", "entry_assessment", "crisis_case", "audit_record"}) {
      for (Map<String, Object> row : Database.rows("SELECT * FROM " + table)) {
        row.values().forEach(value -> assertThat(asText(value)).doesNotContain(marker));
      }
    }
    assertThat(filesUnder(serverDir().resolve("logs"))).noneMatch(f -> contains(f, marker));
    assertThat(filesUnder(serverDir().resolve("haven-data")))
        .as("files Haven keeps beside its data (the embedded database's files included)")
        .noneMatch(f -> contains(f, marker));
  }

  @Test
  void text_copied_from_one_entry_onto_another_is_refused_not_shown() {
    ApiClient person = ApiClient.newUser(baseUrl());
    String first =
        person
            .post("/api/v1/entries", "{\"content\":\"First.\"}")
            .expect(201)
            .json()
            .getString("id");
    String second =
        person
            .post("/api/v1/entries", "{\"content\":\"Second.\"}")
            .expect(201)
            .json()
            .getString("id");

    Database.execute(
        "UPDATE journal_entry SET content_sealed = (SELECT content_sealed FROM journal_entry WHERE id = '"
            + first
            + "') WHERE id = '"
            + second
            + "'");

    assertThat(person.get("/api/v1/entries/" + first).expect(200).json().getString("content"))
        .isEqualTo("First.");
    var copied = person.get("/api/v1/entries/" + second);
    assertThat(copied.status()).isEqualTo(500);
    assertThat(copied.problemType()).isEqualTo("internal");
    assertThat(copied.body()).doesNotContain("First.");
  }

  @Test
  void a_person_can_still_search_their_own_sealed_entries() {
    ApiClient person = ApiClient.newUser(baseUrl());
    ApiClient stranger = ApiClient.newUser(baseUrl());
    person
        .post("/api/v1/entries", "{\"content\":\"Walked to the LIGHTHOUSE café with Sam.\"}")
        .expect(201);
    person.post("/api/v1/entries", "{\"content\":\"A quiet day at home.\"}").expect(201);
    stranger
        .post("/api/v1/entries", "{\"content\":\"The lighthouse cafe was closed.\"}")
        .expect(201);

    var found =
        person.get("/api/v1/entries?q=lighthouse%20cafe").expect(200).json().getJsonArray("items");

    assertThat(found).hasSize(1);
    assertThat(found.getJsonObject(0).getString("content")).contains("LIGHTHOUSE");
    assertThat(person.get("/api/v1/entries?q=%20").status()).isEqualTo(400);
  }

  private static String asText(Object value) {
    return value instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.ISO_8859_1)
        : String.valueOf(value);
  }

  private static Path serverDir() {
    return Path.of(System.getProperty("haven.it.server-dir"));
  }

  private static Stream<Path> filesUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(Path file, String marker) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(marker);
    } catch (IOException unreadable) {
      return false;
    }
  }
}
