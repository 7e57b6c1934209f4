package org.haven.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.haven.crisis.support.CrisisResource;
import org.haven.support.gate.GateRequest;
import org.haven.support.gate.SafetyGate;
import org.haven.support.intervention.InterventionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vetted templates must pass the same gate as the LLM, with and without crisis resources. */
class SupportTemplatesTest {

  private static final List<CrisisResource> US =
      List.of(
          new CrisisResource("988 Suicide & Crisis Lifeline", "Call or text 988", null),
          new CrisisResource("Crisis Text Line", "Text HOME to 741741", null));

  private final SafetyGate gate = SafetyGate.bundled();
  private final SupportTemplates templates = loaded();

  private static SupportTemplates loaded() {
    SupportTemplates templates = new SupportTemplates();
    templates.load();
    return templates;
  }

  @ParameterizedTest
  @EnumSource(InterventionType.class)
  void every_intervention_has_a_template_that_passes_the_gate(InterventionType type) {
    String plain = templates.text(type, Optional.empty(), List.of(), "en");
    String withResources = templates.text(type, Optional.empty(), US, "de");

    assertThat(gate.check(plain, new GateRequest(false, List.of(), 0)).failedCheck()).isEmpty();
    assertThat(
            gate.check(withResources, new GateRequest(true, List.of("Call or text 988"), 0))
                .failedCheck())
        .isEmpty();
    assertThat(withResources).contains("Text HOME to 741741").contains("Haven is an app");
  }
}
