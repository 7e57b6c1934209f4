package org.haven.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Chromium;
import org.haven.it.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The review queue and case workflow, end to end: API, database, push and a real browser. */
class ReviewQueueIT extends InBrowser {

  private static final String CRITICAL = "I have a plan to end my life tonight.";
  private static final String HIGH = "I keep thinking about killing myself.";

  @BeforeEach
  void startWithAnEmptyQueue() {
    CareTeam.clearQueue();
  }

  @Test
  void a_critical_entry_reaches_an_open_queue_by_push_and_is_worked_to_resolution() {
    CareTeam.Member dana = CareTeam.enrol(baseUrl(), "dana", "CLINICIAN");
    browser.get(baseUrl() + "/admin/");
    QueuePage queue = new LoginPage(browser).signIn(dana.username(), dana.password());

    ApiClient person = ApiClient.newUser(baseUrl());
    long posted = System.nanoTime();
    String entryId = person.write(CRITICAL);
    String caseId = CareTeam.caseOf(entryId);
    queue.awaitCase(caseId, Duration.ofSeconds(10));
    Duration shownAfter = Duration.ofNanos(System.nanoTime() - posted);

    CareTeam.recordPushLatency(shownAfter);
    assertThat(shownAfter).isLessThan(Duration.ofSeconds(2));
    assertThat(queue.alert()).contains("CRITICAL").doesNotContain("plan", "tonight");
    assertThat(queue.countdown(caseId).getAttribute("data-state")).isIn("ON_TIME", "DUE_SOON");
    Chromium.screenshot(browser, "console-queue");

    CasePage work = queue.open(caseId);
    assertThat(work.withheld()).contains("Acknowledge");
    work.acknowledge();
    assertThat(work.entryText()).isEqualTo(CRITICAL);
    assertThat(work.evidenceSpans()).isPositive();
    work.addNote("Called; she is with her sister tonight and agreed to the safety plan.");
    work.resolve("SAFETY_PLAN_REVIEWED");
    assertThat(work.history()).contains("Acknowledged", "Note added", "Resolved", dana.username());
    Chromium.screenshot(browser, "console-case");

    assertThat(CareTeam.auditOf("case/" + caseId))
        .containsSubsequence(
            "CASE_OPENED", "CASE_ACKNOWLEDGED", "CASE_NOTE_ADDED", "CASE_RESOLVED");
    assertThat(CareTeam.auditOf("entry/" + entryId)).contains("ENTRY_TEXT_VIEWED");
    assertThat(
            Database.rows(
                    "SELECT detail_sealed FROM crisis_case_event"
                        + " WHERE case_id = CAST(? AS uuid) AND detail_sealed IS NOT NULL",
                    caseId)
                .stream()
                .map(r -> new String((byte[]) r.get("detail_sealed"), StandardCharsets.UTF_8)))
        .as("notes are sealed at rest")
        .hasSize(1)
        .noneMatch(stored -> stored.contains("sister"));
    assertThat(
            Database.rows(
                "SELECT actor FROM audit_record WHERE object = ? AND action = 'CASE_RESOLVED'",
                "case/" + caseId))
        .singleElement()
        .satisfies(r -> assertThat(r.get("actor")).isEqualTo("clinician/" + dana.id()));
  }

  @Test
  void a_case_past_its_target_is_escalated_by_haven_and_stands_out_in_the_queue() {
    CareTeam.Member sam = CareTeam.enrol(baseUrl(), "sam", "CLINICIAN", "SUPERVISOR");
    browser.get(baseUrl() + "/admin/");
    QueuePage queue = new LoginPage(browser).signIn(sam.username(), sam.password());
    String caseId = CareTeam.caseOf(ApiClient.newUser(baseUrl()).write(HIGH));
    queue.awaitCase(caseId, Duration.ofSeconds(10));

    // Half an hour passes without anyone acknowledging: the due time moves into the past.
    Database.execute(
        "UPDATE crisis_case SET due_at = now() - interval '1 minute' WHERE id = '" + caseId + "'");

    queue.awaitClockState(caseId, "OVERDUE", Duration.ofSeconds(10));
    assertThat(queue.rowMarkedOverdue(caseId)).isTrue();
    assertThat(queue.awaitAlert("Case escalated")).isEqualTo("Case escalated: HIGH");
    assertThat(Database.rows("SELECT status FROM crisis_case WHERE id = CAST(? AS uuid)", caseId))
        .singleElement()
        .satisfies(r -> assertThat(r.get("status")).isEqualTo("ESCALATED"));
    assertThat(CareTeam.auditOf("case/" + caseId)).contains("CASE_ESCALATED");
    Chromium.screenshot(browser, "console-queue-overdue");

    browser.get(baseUrl() + "/admin/system");
    assertThat(new StatusPage(browser).canVerifyAuditChain())
        .as("audit verification is for administrators, as in the API")
        .isFalse();
  }

  @Test
  void a_clinician_cannot_read_a_colleagues_case_or_open_the_models_by_address() {
    CareTeam.Member ana = CareTeam.enrol(baseUrl(), "ana", "CLINICIAN");
    CareTeam.Member ben = CareTeam.enrol(baseUrl(), "ben", "CLINICIAN");
    String caseId = CareTeam.caseOf(ApiClient.newUser(baseUrl()).write(CRITICAL));
    // Ana has taken the case (acknowledged in her console).
    Database.execute(
        "UPDATE crisis_case SET assignee = '"
            + ana.username()
            + "', status = 'ACKNOWLEDGED',"
            + " acknowledged_at = now(), acknowledged_by = '"
            + ana.username()
            + "'"
            + " WHERE id = '"
            + caseId
            + "'");

    browser.get(baseUrl() + "/admin/");
    new LoginPage(browser).signIn(ben.username(), ben.password());
    browser.get(baseUrl() + "/admin/cases/" + caseId);
    CasePage page = new CasePage(browser);

    assertThat(page.withheld()).contains("assigned to " + ana.username());
    assertThat(browser.getPageSource()).doesNotContain("end my life");
    assertThat(refusalsBy(ben, "case/" + caseId)).isEqualTo(1);

    browser.get(baseUrl() + "/admin/models");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> refusalsBy(ben, "view/models") == 1);
    assertThat(browser.getPageSource()).doesNotContain("models-grid");
  }

  @Test
  void a_false_alarm_reaches_the_screening_teams_list_with_its_reason_and_no_text() {
    CareTeam.Member kim = CareTeam.enrol(baseUrl(), "kim", "CLINICIAN");
    String caseId = CareTeam.caseOf(ApiClient.newUser(baseUrl()).write(CRITICAL));
    browser.get(baseUrl() + "/admin/");
    new LoginPage(browser).signIn(kim.username(), kim.password());
    browser.get(baseUrl() + "/admin/cases/" + caseId);

    new CasePage(browser)
        .acknowledge()
        .markFalseAlarm("FICTION_OR_QUOTE", "A line from her novel.");

    var alarms = ApiClient.administrator(baseUrl()).get("/api/v1/admin/false-alarms").expect(200);
    assertThat(alarms.body()).doesNotContain("end my life", "novel");
    assertThat(alarms.jsonArray().getJsonObject(0).getString("reason"))
        .isEqualTo("FICTION_OR_QUOTE");
    assertThat(alarms.jsonArray().getJsonObject(0).getString("decidedBy")).contains("rulebook:");
    assertThat(CareTeam.auditOf("case/" + caseId)).contains("CASE_MARKED_FALSE_ALARM");
  }

  private static long refusalsBy(CareTeam.Member who, String object) {
    return Database.rows(
            "SELECT 1 FROM audit_record WHERE actor = ? AND object = ?"
                + " AND action IN ('CASE_ACCESS_REFUSED', 'CONSOLE_ACCESS_REFUSED')",
            "clinician/" + who.id(),
            object)
        .size();
  }
}
