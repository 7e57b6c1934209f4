package org.haven.support.retrieval;

/**
 * How passages are ranked beyond their own similarity. {@code domainWeight}: how much the entry's
 * similarity to a whole domain (the mean of that domain's situations) adds to each of its passages,
 * so that a passage sharing words but not purpose with the entry ranks lower. {@code onePerDomain}:
 * the passages returned come from different domains first, so the person is offered different
 * approaches rather than three versions of one; the rest are filled by score.
 */
public record Ranking(double domainWeight, boolean onePerDomain) {

  /** As measured in docs/models/retrieval.md. */
  public static final Ranking DEFAULT = new Ranking(0.5, true);

  /** The passages' own similarity alone, best first, whatever their domains. */
  public static final Ranking SIMILARITY_ONLY = new Ranking(0, false);
}
