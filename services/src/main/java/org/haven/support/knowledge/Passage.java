package org.haven.support.knowledge;

import java.util.List;
import java.util.Set;

/**
 * One retrievable piece of the knowledge base: a bundled entry, or a chunk of an operator's
 * document. {@code key} is stable across restarts ({@code cbt-thought-record}, {@code doc/<id>/3}).
 */
public record Passage(
    String key,
    String title,
    Domain domain,
    List<String> techniques,
    EvidenceLevel evidence,
    Set<Contraindication> contraindications,
    String text,
    List<Citation> citations,
    List<String> situations) {

  public Passage {
    techniques = List.copyOf(techniques);
    contraindications = Set.copyOf(contraindications);
    citations = List.copyOf(citations);
    situations = List.copyOf(situations);
  }

  /** A passage without situations, as operators' documents are cut. */
  public Passage(
      String key,
      String title,
      Domain domain,
      List<String> techniques,
      EvidenceLevel evidence,
      Set<Contraindication> contraindications,
      String text,
      List<Citation> citations) {
    this(key, title, domain, techniques, evidence, contraindications, text, citations, List.of());
  }

  public int contraindicationBits() {
    return contraindications.stream().mapToInt(Contraindication::bit).reduce(0, (a, b) -> a | b);
  }
}
