package org.haven.support.intervention;

import java.util.List;
import java.util.Set;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;
import org.haven.support.retrieval.RetrievalFilter;

/**
 * What the decision table chose: the rule, the intervention and approach, where passages may come
 * from, and what the person's situation rules out. {@code safetyPlan}: offer the six Stanley-Brown
 * steps. {@code refineByPassage}: name the intervention after the passage actually found.
 */
public record InterventionPlan(
    String rule,
    InterventionType type,
    String approach,
    List<Domain> domains,
    List<String> techniques,
    Set<Contraindication> situation,
    Set<String> excludedTechniques,
    boolean safetyPlan,
    boolean refineByPassage) {

  public InterventionPlan {
    domains = List.copyOf(domains);
    techniques = List.copyOf(techniques);
    situation = Set.copyOf(situation);
    excludedTechniques = Set.copyOf(excludedTechniques);
  }

  public RetrievalFilter filter() {
    return new RetrievalFilter(Set.copyOf(domains), situation, excludedTechniques);
  }

  /** The same plan named after another intervention (the passage found said which). */
  public InterventionPlan as(InterventionType other, String otherApproach) {
    return new InterventionPlan(
        rule,
        other,
        otherApproach,
        domains,
        techniques,
        situation,
        excludedTechniques,
        safetyPlan,
        false);
  }
}
