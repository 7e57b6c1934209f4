package org.haven.support.retrieval;

import java.util.Collection;
import java.util.Set;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;

/**
 * Which passages may be returned: those of the allowed domains (any, when none is named) that are
 * not contraindicated in the person's situation and teach none of the excluded techniques.
 */
public record RetrievalFilter(
    Set<Domain> domains, Set<Contraindication> situation, Set<String> excludedTechniques) {

  public static final RetrievalFilter ANY = new RetrievalFilter(Set.of(), Set.of(), Set.of());

  public RetrievalFilter {
    domains = Set.copyOf(domains);
    situation = Set.copyOf(situation);
    excludedTechniques = Set.copyOf(excludedTechniques);
  }

  public static RetrievalFilter of(Collection<Domain> domains, Set<Contraindication> situation) {
    return new RetrievalFilter(Set.copyOf(domains), situation, Set.of());
  }

  int domainBits() {
    return domains.stream().mapToInt(Domain::bit).reduce(0, (a, b) -> a | b);
  }

  int situationBits() {
    return situation.stream().mapToInt(Contraindication::bit).reduce(0, (a, b) -> a | b);
  }
}
