package org.haven.support.intervention;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.haven.crisis.RiskLevel;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.PassageJson;

/** One row of the decision table. */
record Rule(
    String id,
    Condition when,
    InterventionType type,
    String approach,
    List<Domain> domains,
    List<String> techniques,
    boolean safetyPlan,
    boolean refineByPassage) {

  /** A situation every unconditional rule holds for and no conditional one does. */
  static final Situation ANYTHING = new Situation(RiskLevel.NONE, Set.of(), Optional.empty());

  static Rule of(JsonObject json) {
    return new Rule(
        json.getString("id"),
        Condition.of(json.getJsonObject("when")),
        InterventionType.valueOf(json.getString("type")),
        json.getString("approach"),
        Condition.names(json, "domains").stream().map(Domain::valueOf).sorted().toList(),
        PassageJson.strings(json.getJsonArray("techniques")),
        json.getBoolean("safetyPlan", false),
        json.getBoolean("refineByPassage", false));
  }

  InterventionPlan plan(Set<Contraindication> situation, Set<String> excluded) {
    return new InterventionPlan(
        id, type, approach, domains, techniques, situation, excluded, safetyPlan, refineByPassage);
  }
}
