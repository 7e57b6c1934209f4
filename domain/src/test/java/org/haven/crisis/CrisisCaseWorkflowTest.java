package org.haven.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.haven.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class CrisisCaseWorkflowTest {

  private static final OffsetDateTime OPENED =
      OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime DUE = OPENED.plusMinutes(10);

  private final CrisisCase crisis =
      CrisisCase.open(
          UUID.randomUUID(),
          CrisisCategory.SUICIDAL_IDEATION,
          RiskLevel.CRITICAL,
          UUID.randomUUID(),
          DUE,
          OPENED);

  @Test
  void acknowledging_stops_the_clock_and_gives_an_unassigned_case_to_whoever_acknowledged() {
    crisis.acknowledge("dana", OPENED.plusMinutes(3));

    assertThat(crisis.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(crisis.assignee()).isEqualTo("dana");
    assertThat(crisis.acknowledgedAt()).isEqualTo(OPENED.plusMinutes(3));
    assertThat(crisis.metResponseTarget()).isTrue();
    assertThat(crisis.isOverdue(OPENED.plusHours(1))).isFalse();
    assertThat(lastEvent().type()).isEqualTo(CaseEventType.ACKNOWLEDGED);
    assertThat(lastEvent().actor()).isEqualTo("dana");
  }

  @Test
  void a_case_is_acknowledged_once() {
    crisis.acknowledge("dana", OPENED.plusMinutes(1));

    assertThatThrownBy(() -> crisis.acknowledge("eli", OPENED.plusMinutes(2)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("already acknowledged");
  }

  @Test
  void an_unacknowledged_case_past_its_target_is_overdue_and_escalates_once() {
    assertThat(crisis.isOverdue(DUE.minusSeconds(1))).isFalse();
    assertThat(crisis.isOverdue(DUE.plusSeconds(1))).isTrue();

    assertThat(crisis.escalateIfOverdue(DUE.plusSeconds(1))).isTrue();
    assertThat(crisis.escalateIfOverdue(DUE.plusSeconds(2))).isFalse();

    assertThat(crisis.status()).isEqualTo(CaseStatus.ESCALATED);
    assertThat(lastEvent().type()).isEqualTo(CaseEventType.ESCALATED);
    assertThat(lastEvent().actor()).isEqualTo(CaseEvent.HAVEN);
    assertThat(lastEvent().code()).isEqualTo(CrisisCase.TARGET_PASSED);
  }

  @Test
  void a_case_not_yet_due_is_not_escalated_by_the_clock() {
    assertThat(crisis.escalateIfOverdue(DUE.minusSeconds(1))).isFalse();
    assertThat(crisis.status()).isEqualTo(CaseStatus.NEW);
  }

  @Test
  void acknowledging_an_escalated_case_keeps_it_escalated_but_stops_the_clock() {
    crisis.escalateIfOverdue(DUE.plusMinutes(1));

    crisis.acknowledge("sam", DUE.plusMinutes(2));

    assertThat(crisis.status()).isEqualTo(CaseStatus.ESCALATED);
    assertThat(crisis.metResponseTarget()).isFalse();
    assertThat(crisis.isOverdue(DUE.plusHours(1))).isFalse();
  }

  @Test
  void escalating_by_hand_needs_a_reason() {
    assertThatThrownBy(() -> crisis.escalate("dana", " ", OPENED))
        .isInstanceOf(DomainRuleViolation.class);

    crisis.escalate("dana", "Needs a psychiatrist tonight", OPENED.plusMinutes(1));

    assertThat(crisis.status()).isEqualTo(CaseStatus.ESCALATED);
    assertThat(lastEvent().detail()).isEqualTo("Needs a psychiatrist tonight");
  }

  @Test
  void notes_and_assignments_are_recorded_with_who_and_when() {
    crisis.assign("eli", "dana", OPENED.plusMinutes(1));
    crisis.addNote("eli", "Called, no answer; trying again at 9:20", OPENED.plusMinutes(2));

    assertThat(crisis.assignee()).isEqualTo("eli");
    CaseEvent assigned = crisis.history().get(1);
    assertThat(assigned.type()).isEqualTo(CaseEventType.ASSIGNED);
    assertThat(assigned.actor()).isEqualTo("dana");
    assertThat(assigned.code()).isEqualTo("eli");
    assertThat(lastEvent().type()).isEqualTo(CaseEventType.NOTE_ADDED);
    assertThat(lastEvent().at()).isEqualTo(OPENED.plusMinutes(2));
    assertThat(lastEvent().detail()).startsWith("Called");
  }

  @Test
  void resolving_closes_the_case_with_its_outcome_and_stops_further_work_but_notes() {
    crisis.acknowledge("dana", OPENED.plusMinutes(2));

    crisis.resolve(
        "dana", CaseOutcome.SAFETY_PLAN_REVIEWED, "Spoke for 20 min", OPENED.plusHours(1));

    assertThat(crisis.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(crisis.outcome()).isEqualTo(CaseOutcome.SAFETY_PLAN_REVIEWED.name());
    assertThat(crisis.closedAt()).isEqualTo(OPENED.plusHours(1));
    assertThatThrownBy(() -> crisis.escalate("dana", "late", OPENED.plusHours(2)))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("RESOLVED");
    assertThatThrownBy(() -> crisis.update(RiskLevel.HIGH, UUID.randomUUID(), DUE, OPENED))
        .isInstanceOf(IllegalStateException.class);
    crisis.addNote("dana", "Follow-up booked", OPENED.plusHours(3));
    assertThat(lastEvent().type()).isEqualTo(CaseEventType.NOTE_ADDED);
  }

  @Test
  void a_false_alarm_needs_a_reason_and_keeps_it_for_the_screening_team() {
    crisis.acknowledge("dana", OPENED.plusMinutes(2));

    crisis.markFalseAlarm(
        "dana", FalseAlarmReason.IDIOM, "'dying to see the film'", OPENED.plusMinutes(5));

    assertThat(crisis.status()).isEqualTo(CaseStatus.FALSE_ALARM);
    assertThat(crisis.outcome()).isEqualTo(FalseAlarmReason.IDIOM.name());
    assertThat(lastEvent().code()).isEqualTo("IDIOM");
  }

  @Test
  void a_closed_case_reopens_with_a_reason_to_whoever_reopened_it() {
    crisis.resolve("dana", CaseOutcome.CONTACTED_SAFE, "", OPENED.plusMinutes(30));

    crisis.reopen("sam", "She wrote again to the team", OPENED.plusHours(2));

    assertThat(crisis.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(crisis.assignee()).isEqualTo("sam");
    assertThat(crisis.closedAt()).isNull();
    assertThat(crisis.outcome()).isNull();
    assertThatThrownBy(() -> crisis.reopen("sam", "again", OPENED.plusHours(3)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void an_open_case_cannot_be_resolved_twice_or_reopened() {
    assertThatThrownBy(() -> crisis.reopen("sam", "why", OPENED))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("NEW");
    crisis.markFalseAlarm("dana", FalseAlarmReason.THIRD_PERSON, "", OPENED.plusMinutes(1));
    assertThatThrownBy(
            () -> crisis.resolve("dana", CaseOutcome.CONTACTED_SAFE, "", OPENED.plusMinutes(2)))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void event_details_are_sealed_for_their_case() {
    crisis.addNote("dana", "private", OPENED);

    assertThat(crisis.history().get(1).sealedDetail().subject()).isEqualTo(crisis.historySubject());
  }

  private CaseEvent lastEvent() {
    var history = crisis.history();
    return history.get(history.size() - 1);
  }
}
