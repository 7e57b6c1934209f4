package org.haven.support.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;
import org.haven.emotion.Emotion;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterventionTableTest {

  private InterventionTable table;

  @BeforeEach
  void load() {
    table = new InterventionTable();
    table.load();
  }

  private InterventionPlan plan(RiskLevel level, Set<CrisisCategory> categories, Emotion emotion) {
    return table.plan(new Situation(level, categories, Optional.ofNullable(emotion)));
  }

  @Test
  void high_risk_gets_safety_planning_and_never_cognitive_restructuring() {
    InterventionPlan plan =
        plan(RiskLevel.HIGH, Set.of(CrisisCategory.SUICIDAL_IDEATION), Emotion.SADNESS);

    assertThat(plan.type()).isEqualTo(InterventionType.SAFETY_PLANNING);
    assertThat(plan.safetyPlan()).isTrue();
    assertThat(plan.situation()).contains(Contraindication.ACUTE_CRISIS);
    assertThat(plan.excludedTechniques()).contains("cognitive-restructuring", "thought-record");
    assertThat(plan.domains()).containsExactlyInAnyOrder(Domain.SAFETY_PLANNING, Domain.DBT);
    assertThat(table.refined(plan, Domain.CBT)).isEqualTo(plan);
  }

  @Test
  void panic_gets_breathing_and_rules_out_what_does_not_suit_a_panic_attack() {
    InterventionPlan plan = plan(RiskLevel.LOW, Set.of(CrisisCategory.PANIC), Emotion.FEAR);

    assertThat(plan.type()).isEqualTo(InterventionType.BREATHING);
    assertThat(plan.situation()).containsExactly(Contraindication.ACUTE_PANIC);
    assertThat(plan.excludedTechniques()).isEmpty();
  }

  @Test
  void someone_being_harmed_is_never_offered_couples_work() {
    InterventionPlan plan =
        plan(RiskLevel.MODERATE, Set.of(CrisisCategory.BEING_HARMED), Emotion.FEAR);

    assertThat(plan.type()).isEqualTo(InterventionType.SAFETY_PLANNING);
    assertThat(plan.situation()).contains(Contraindication.ONGOING_ABUSE);
  }

  @Test
  void low_mood_gets_behavioural_activation_named_after_the_passage_found() {
    InterventionPlan plan = plan(RiskLevel.NONE, Set.of(), Emotion.SADNESS);

    assertThat(plan.type()).isEqualTo(InterventionType.BEHAVIOURAL_ACTIVATION);
    assertThat(plan.situation()).isEmpty();
    assertThat(table.refined(plan, Domain.GRIEF).type()).isEqualTo(InterventionType.GRIEF_SUPPORT);
  }

  @Test
  void an_entry_with_nothing_to_go_on_gets_reflection_from_any_domain() {
    InterventionPlan plan = plan(RiskLevel.NONE, Set.of(), null);

    assertThat(plan.type()).isEqualTo(InterventionType.REFLECTION);
    assertThat(plan.domains()).isEmpty();
  }

  @Test
  void passive_ideation_at_moderate_reaches_out_without_the_full_safety_plan() {
    InterventionPlan plan =
        plan(RiskLevel.MODERATE, Set.of(CrisisCategory.SUICIDAL_IDEATION), Emotion.SADNESS);

    assertThat(plan.rule()).isEqualTo("passive-ideation");
    assertThat(plan.safetyPlan()).isFalse();
    assertThat(plan.situation()).doesNotContain(Contraindication.ACUTE_CRISIS);
  }
}
