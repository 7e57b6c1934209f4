package org.haven.it.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.haven.it.support.OllamaStub;
import org.haven.it.support.OllamaStub.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupportIT extends DeployedHaven {

  private static final String LOW_MOOD =
      "I have felt low and stuck at home all week and could not make myself do anything.";

  private ApiClient person;

  @BeforeEach
  void signIn() {
    person = ApiClient.newUser(baseUrl());
  }

  /** Every test leaves the LLM answering well and the circuit closed again. */
  @AfterEach
  void recover() {
    OllamaStub.up();
    OllamaStub.answer(Mode.GOOD);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> "LLM".equals(finalSupport(write(LOW_MOOD)).getString("source")));
  }

  @Test
  void a_good_answer_is_stored_and_shown_with_its_citations() {
    JsonObject written =
        person.post("/api/v1/entries", "{\"content\":\"" + LOW_MOOD + "\"}").expect(201).json();
    JsonObject immediate = written.getJsonObject("support");
    assertThat(immediate.getString("source")).isEqualTo("TEMPLATE");
    assertThat(immediate.getString("text")).isNotBlank();
    assertThat(immediate.getJsonArray("citations")).isNotEmpty();

    JsonObject support = finalSupport(written.getString("id"));

    assertThat(support.getString("source")).isEqualTo("LLM");
    assertThat(support.getString("text")).isEqualTo(OllamaStub.ANSWER);
    JsonObject citation = support.getJsonArray("citations").getJsonObject(0);
    assertThat(citation.getInt("number")).isEqualTo(1);
    assertThat(citation.getJsonArray("sources")).isNotEmpty();
    assertThat(reason(written.getString("id"))).isNull();
  }

  @Test
  void a_person_at_high_risk_gets_safety_planning_in_the_template_and_from_the_llm() {
    JsonObject written =
        person
            .post("/api/v1/entries", "{\"content\":\"I keep thinking about killing myself.\"}")
            .expect(201)
            .json();
    JsonObject immediate = written.getJsonObject("support");
    assertThat(immediate.getString("intervention")).isEqualTo("SAFETY_PLANNING");
    assertThat(immediate.getString("text")).contains("988");
    assertThat(immediate.getJsonArray("safetyPlan")).hasSize(6);

    JsonObject support = finalSupport(written.getString("id"));

    assertThat(support.getString("source")).isEqualTo("LLM");
    assertThat(support.getJsonArray("citations").getJsonObject(0).getString("domain"))
        .isIn("SAFETY_PLANNING", "DBT");
  }

  @Test
  void a_slow_llm_times_out_to_the_template_opens_the_circuit_and_it_closes_again() {
    OllamaStub.answer(Mode.SLOW);
    String first = write(LOW_MOOD);
    assertThat(finalSupport(first).getString("source")).isEqualTo("TEMPLATE");
    assertThat(reason(first)).isEqualTo("llm-timeout");

    // The breaker opens once half of its last four calls failed: at the latest on the next entry.
    String next = write(LOW_MOOD);
    finalSupport(next);
    assertThat(reason(next)).isIn("llm-timeout", "llm-circuit-open");
    int calls = OllamaStub.calls();
    String open = write(LOW_MOOD);
    assertThat(finalSupport(open).getString("source")).isEqualTo("TEMPLATE");
    assertThat(reason(open)).isEqualTo("llm-circuit-open");
    assertThat(OllamaStub.calls()).isEqualTo(calls);
    // recover() then sees the circuit close: the next answers come from the LLM again.
  }

  @Test
  void a_refused_connection_leaves_the_template_with_the_reason() {
    OllamaStub.down();
    String id = write(LOW_MOOD);

    assertThat(finalSupport(id).getString("source")).isEqualTo("TEMPLATE");
    assertThat(reason(id)).isEqualTo("llm-unreachable");
  }

  @Test
  void a_malformed_answer_leaves_the_template_with_the_reason() {
    OllamaStub.answer(Mode.MALFORMED);
    String id = write(LOW_MOOD);

    assertThat(finalSupport(id).getString("source")).isEqualTo("TEMPLATE");
    assertThat(reason(id)).isEqualTo("llm-malformed");
  }

  @Test
  void an_answer_with_method_details_is_blocked_and_never_shown() {
    OllamaStub.answer(Mode.METHOD);
    String id = write(LOW_MOOD);

    JsonObject support = finalSupport(id);

    assertThat(support.getString("source")).isEqualTo("TEMPLATE");
    assertThat(support.getString("text")).doesNotContain("lethal");
    assertThat(reason(id)).isEqualTo("method-content");
  }

  @Test
  void with_the_llm_down_entries_are_answered_as_fast_and_all_get_template_support()
      throws Exception {
    List<Long> up = postTimes(12);
    OllamaStub.down();
    List<Long> down = postTimes(12);
    OllamaStub.answer(Mode.SLOW);
    OllamaStub.up();
    List<Long> slow = postTimes(12);

    long upMedian = median(up);
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/entry-latency-llm.json"),
        String.format(
            "{\"llmUpMedianMs\":%d,\"llmDownMedianMs\":%d,\"llmSlowMedianMs\":%d,"
                + "\"llmUpMaxMs\":%d,\"llmDownMaxMs\":%d,\"llmSlowMaxMs\":%d}%n",
            upMedian, median(down), median(slow), max(up), max(down), max(slow)));
    // Generous bounds: the LLM is never in the request, so it cannot add its seconds to it.
    assertThat(median(down)).isLessThan(upMedian * 3 + 200);
    assertThat(max(slow)).isLessThan(5_000);
  }

  private List<Long> postTimes(int entries) {
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      long started = System.nanoTime();
      JsonObject written =
          person.post("/api/v1/entries", "{\"content\":\"" + LOW_MOOD + "\"}").expect(201).json();
      millis.add((System.nanoTime() - started) / 1_000_000);
      assertThat(written.getJsonObject("support").getString("text")).isNotBlank();
      assertThat(written.getJsonObject("support").getString("source")).isEqualTo("TEMPLATE");
    }
    return millis;
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static long max(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  @Test
  void the_answer_streams_as_gated_sentences_before_the_final_support() throws Exception {
    OllamaStub.answer(Mode.SLOW_TOKENS);
    String id = write(LOW_MOOD);

    List<SupportStream.Event> events = SupportStream.follow(baseUrl(), person.token(), id);

    List<SupportStream.Event> sentences =
        events.stream().filter(e -> e.name().equals("text")).toList();
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(2);
    assertThat(OllamaStub.ANSWER).contains(sentences.get(sentences.size() - 1).data());
    SupportStream.Event last = events.get(events.size() - 1);
    assertThat(last.name()).isEqualTo("support");
    assertThat(last.data()).contains("\"source\":\"LLM\"");
  }

  private String write(String text) {
    return person
        .post("/api/v1/entries", "{\"content\":\"" + text + "\"}")
        .expect(201)
        .json()
        .getString("id");
  }

  private JsonObject finalSupport(String id) {
    JsonObject[] support = new JsonObject[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              support[0] = person.get("/api/v1/entries/" + id + "/support").expect(200).json();
              return "READY".equals(support[0].getString("status"));
            });
    return support[0];
  }

  private static String reason(String id) {
    return (String)
        Database.rows(
                "SELECT fallback_reason FROM entry_support WHERE entry_id = ?", UUID.fromString(id))
            .get(0)
            .get("fallback_reason");
  }
}
