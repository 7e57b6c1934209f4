package org.haven.tools;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.support.knowledge.BundledKnowledge;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.Passage;
import org.haven.support.retrieval.Hit;
import org.haven.support.retrieval.PassageMeaning;
import org.haven.support.retrieval.Ranking;
import org.haven.support.retrieval.RetrievalFilter;
import org.haven.support.retrieval.VectorIndex;

/**
 * Retrieval quality on labelled queries, searched over the bundled knowledge base exactly as the
 * server searches it but with no domain filter: does a passage of the right domain come in the
 * first one, the first three?
 */
record RetrievalEvaluation(
    int passages,
    int queries,
    double hitAt1,
    double hitAt3,
    double hitAt3Lenient,
    double meanReciprocalRank,
    Map<Domain, double[]> perDomain,
    List<String> misses) {

  static RetrievalEvaluation of(
      List<RetrievalQuery> queries, SentenceEmbedder embedder, Ranking ranking) {
    List<Passage> passages = BundledKnowledge.passages();
    VectorIndex index =
        VectorIndex.of(
            passages, passages.stream().map(p -> PassageMeaning.of(p, embedder)).toList(), ranking);
    int at1 = 0;
    int at3 = 0;
    int lenient = 0;
    double reciprocal = 0;
    Map<Domain, double[]> perDomain = new EnumMap<>(Domain.class);
    List<String> misses = new ArrayList<>();
    for (RetrievalQuery q : queries) {
      List<Domain> found =
          index.nearest(TextMeaning.of(q.text(), embedder), RetrievalFilter.ANY, 10).stream()
              .map(Hit::passage)
              .map(Passage::domain)
              .toList();
      int rank = found.indexOf(q.domain());
      boolean hit3 = rank >= 0 && rank < 3;
      at1 += rank == 0 ? 1 : 0;
      at3 += hit3 ? 1 : 0;
      lenient +=
          found.subList(0, Math.min(3, found.size())).stream()
                  .anyMatch(d -> d == q.domain() || q.alsoRelevant().contains(d))
              ? 1
              : 0;
      reciprocal += rank < 0 ? 0 : 1.0 / (rank + 1);
      double[] counts = perDomain.computeIfAbsent(q.domain(), d -> new double[2]);
      counts[0]++;
      counts[1] += hit3 ? 1 : 0;
      if (!hit3) {
        misses.add(q.id() + " -> " + found.subList(0, Math.min(3, found.size())));
      }
    }
    double n = queries.size();
    return new RetrievalEvaluation(
        passages.size(),
        queries.size(),
        at1 / n,
        at3 / n,
        lenient / n,
        reciprocal / n,
        perDomain,
        misses);
  }

  String markdown(String queryFile) {
    StringBuilder md = new StringBuilder();
    md.append("| figure | value |\n|---|---|\n");
    md.append(String.format("| passages searched | %d |%n", passages));
    md.append(String.format("| queries (`%s`) | %d |%n", queryFile, queries));
    md.append(String.format("| hit@1 (right domain first) | %.3f |%n", hitAt1));
    md.append(
        String.format("| **hit@3 (right domain in the first three)** | **%.3f** |%n", hitAt3));
    md.append(String.format("| hit@3 counting `alsoRelevant` domains | %.3f |%n", hitAt3Lenient));
    md.append(
        String.format(
            "| mean reciprocal rank of the right domain | %.3f |%n%n", meanReciprocalRank));
    md.append("| domain | queries | hit@3 |\n|---|---|---|\n");
    perDomain.forEach(
        (d, c) -> md.append(String.format("| %s | %.0f | %.3f |%n", d, c[0], c[1] / c[0])));
    md.append("\nMisses (query -> domains of the first three passages):\n\n");
    misses.forEach(m -> md.append("- `").append(m).append("`\n"));
    return md.toString();
  }
}
