package org.haven.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.HttpResult;
import org.junit.jupiter.api.Test;

class KeyRotationIT extends DeployedHaven {

  private static final int WRITERS = 4;
  private static final String[] SEALED = {
    "journal_entry.content_sealed",
    "entry_assessment.findings_sealed",
    "entry_assessment.protective_sealed"
  };

  private final ApiClient admin = ApiClient.administrator(baseUrl());

  @Test
  void rotating_the_primary_key_under_load_fails_no_request_and_leaves_nothing_under_the_old_key()
      throws Exception {
    // given people with entries sealed under the current key
    List<ApiClient> people = new ArrayList<>();
    List<String> oldEntries = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      ApiClient person = ApiClient.newUser(baseUrl());
      people.add(person);
      oldEntries.add(
          write(person, "Before the rotation, entry " + i + ".")
              .expect(201)
              .json()
              .getString("id"));
    }
    String retired = admin.get("/api/v1/admin/keys").expect(200).json().getString("primary");

    // when they keep writing and reading while the key rotates
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger requests = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch warmedUp = new CountDownLatch(WRITERS);
    ExecutorService load = Executors.newFixedThreadPool(WRITERS);
    for (int i = 0; i < WRITERS; i++) {
      ApiClient person = people.get(i);
      String old = oldEntries.get(i);
      load.submit(
          () -> {
            int n = 0;
            while (running.get()) {
              check(write(person, "Under load " + n++ + "."), 201, failures, requests);
              check(person.get("/api/v1/entries/" + old), 200, failures, requests);
              if (n == 3) {
                warmedUp.countDown();
              }
            }
          });
    }
    warmedUp.await(30, TimeUnit.SECONDS);
    admin.post("/api/v1/admin/keys/rotation", "").expect(202);
    int atRotation = requests.get();
    await().atMost(Duration.ofSeconds(30)).until(() -> requests.get() > atRotation + 40);
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    // then
    assertThat(failures).isEmpty();
    JsonObject keys = awaitReencryption();
    String primary = keys.getString("primary");
    assertThat(primary).isNotEqualTo(retired);
    assertThat(keys.getJsonArray("keyIds").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains(retired, primary);
    for (int i = 0; i < WRITERS; i++) {
      assertThat(
              people
                  .get(i)
                  .get("/api/v1/entries/" + oldEntries.get(i))
                  .expect(200)
                  .json()
                  .getString("content"))
          .isEqualTo("Before the rotation, entry " + i + ".");
    }
    for (String column : SEALED) {
      assertThat(valuesUnder(column, retired)).as(column).isZero();
    }
    assertThat(Database.rows("SELECT action FROM audit_record WHERE object = ?", "key/" + primary))
        .extracting(row -> row.get("action"))
        .contains("KEY_ROTATED", "REENCRYPTION_FINISHED");
  }

  @Test
  void only_administrators_may_rotate() {
    ApiClient.newUser(baseUrl()).post("/api/v1/admin/keys/rotation", "").expect(403);
  }

  private JsonObject awaitReencryption() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "FINISHED"
                    .equals(
                        admin
                            .get("/api/v1/admin/keys")
                            .expect(200)
                            .json()
                            .getJsonObject("reencryption")
                            .getString("state")));
    return admin.get("/api/v1/admin/keys").expect(200).json();
  }

  private static HttpResult write(ApiClient person, String text) {
    return person.post("/api/v1/entries", "{\"content\":\"" + text + "\"}");
  }

  private static void check(
      HttpResult result,
      int expected,
      ConcurrentLinkedQueue<String> failures,
      AtomicInteger requests) {
    requests.incrementAndGet();
    if (result.status() != expected) {
      failures.add(result.status() + " " + result.body());
    }
  }

  private static long valuesUnder(String tableColumn, String keyId) {
    String[] parts = tableColumn.split("\\.");
    String column = parts[1];
    return ((Number)
            Database.rows(
                    "SELECT count(*) AS n FROM "
                        + parts[0]
                        + " WHERE substring("
                        + column
                        + " from 3 for get_byte("
                        + column
                        + ", 1)) = convert_to(?, 'UTF8')",
                    keyId)
                .get(0)
                .get("n"))
        .longValue();
  }
}
