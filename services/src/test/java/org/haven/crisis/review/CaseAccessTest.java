package org.haven.crisis.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.haven.clinician.ClinicianRole;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
  private final Staff dana = new Staff("dana", Set.of(ClinicianRole.CLINICIAN));
  private final Staff eli = new Staff("eli", Set.of(ClinicianRole.CLINICIAN));
  private final Staff sam =
      new Staff("sam", Set.of(ClinicianRole.CLINICIAN, ClinicianRole.SUPERVISOR));
  private final CrisisCase crisis =
      CrisisCase.open(
          UUID.randomUUID(),
          CrisisCategory.SELF_HARM,
          RiskLevel.HIGH,
          UUID.randomUUID(),
          AT.plusMinutes(30),
          AT);

  @Test
  void only_the_assignee_reads_the_entry_not_even_a_supervisor() {
    assertThatThrownBy(() -> CaseAccess.requireReader(crisis, dana))
        .isInstanceOf(CaseAccessRefused.class);
    crisis.acknowledge("dana", AT.plusMinutes(1));

    assertThatCode(() -> CaseAccess.requireReader(crisis, dana)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CaseAccess.requireReader(crisis, eli))
        .isInstanceOf(CaseAccessRefused.class)
        .hasMessageContaining("only its assignee");
    assertThatThrownBy(() -> CaseAccess.requireReader(crisis, sam))
        .isInstanceOf(CaseAccessRefused.class);
  }

  @Test
  void the_assignee_or_a_supervisor_works_the_case() {
    crisis.acknowledge("dana", AT.plusMinutes(1));

    assertThatCode(() -> CaseAccess.requireWorker(crisis, dana, "resolve"))
        .doesNotThrowAnyException();
    assertThatCode(() -> CaseAccess.requireWorker(crisis, sam, "resolve"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CaseAccess.requireWorker(crisis, eli, "resolve"))
        .isInstanceOf(CaseAccessRefused.class)
        .hasMessageContaining("assigned to dana");
  }

  @Test
  void anyone_takes_an_unassigned_case_but_only_the_assignee_or_a_supervisor_hands_one_on() {
    assertThatCode(() -> CaseAccess.requireAssigner(crisis, eli, "eli")).doesNotThrowAnyException();
    assertThatThrownBy(() -> CaseAccess.requireAssigner(crisis, eli, "dana"))
        .isInstanceOf(CaseAccessRefused.class);
    crisis.assign("eli", "eli", AT.plusMinutes(1));

    assertThatCode(() -> CaseAccess.requireAssigner(crisis, eli, "dana"))
        .doesNotThrowAnyException();
    assertThatCode(() -> CaseAccess.requireAssigner(crisis, sam, "dana"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CaseAccess.requireAssigner(crisis, dana, "dana"))
        .isInstanceOf(CaseAccessRefused.class);
  }

  @Test
  void reopening_is_for_supervisors() {
    assertThatThrownBy(() -> CaseAccess.requireSupervisor(crisis, dana, "reopen"))
        .isInstanceOf(CaseAccessRefused.class)
        .hasMessageContaining("supervisor");
    assertThatCode(() -> CaseAccess.requireSupervisor(crisis, sam, "reopen"))
        .doesNotThrowAnyException();
  }
}
