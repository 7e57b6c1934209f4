package org.haven.support.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.haven.crisis.model.TextMeaning;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.Passage;

/**
 * Exact nearest-neighbour search by cosine similarity. A passage may have several vectors (its text
 * and its situations) and is as near as its nearest one, plus its domain's share ({@link Ranking}).
 * The vectors are normalised once and stored a dimension at a time, so a query is one pass of
 * multiply-adds over one array: about 4 million for 10,000 single-vector passages, which needs no
 * approximate index at this size.
 */
public final class VectorIndex {

  private final List<Passage> passages;
  private final float[] columns;
  private final int rows;
  private final int[] firstRow;
  private final int[] domainBits;
  private final int[] contraindicationBits;
  private final float[][] domainPrototypes;
  private final int dimensions;
  private final Ranking ranking;

  private VectorIndex(
      List<Passage> passages, float[] vectors, int[] firstRow, int dimensions, Ranking ranking) {
    this.passages = List.copyOf(passages);
    this.firstRow = firstRow;
    this.dimensions = dimensions;
    this.ranking = ranking;
    domainBits = passages.stream().mapToInt(p -> p.domain().bit()).toArray();
    contraindicationBits = passages.stream().mapToInt(Passage::contraindicationBits).toArray();
    rows = firstRow[passages.size()];
    columns = new float[rows * dimensions];
    for (int row = 0; row < rows; row++) {
      for (int d = 0; d < dimensions; d++) {
        columns[d * rows + row] = vectors[row * dimensions + d];
      }
    }
    domainPrototypes = prototypes(vectors);
  }

  public static VectorIndex empty() {
    return new VectorIndex(List.of(), new float[0], new int[] {0}, 0, Ranking.DEFAULT);
  }

  public static VectorIndex of(List<Passage> passages, List<List<float[]>> vectors) {
    return of(passages, vectors, Ranking.DEFAULT);
  }

  /** Passages and their vectors, index for index: one or more vectors each. */
  public static VectorIndex of(
      List<Passage> passages, List<List<float[]>> vectors, Ranking ranking) {
    if (passages.size() != vectors.size()) {
      throw new IllegalArgumentException("Vectors for each passage");
    }
    int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).get(0).length;
    int rows = vectors.stream().mapToInt(List::size).sum();
    float[] all = new float[rows * dimensions];
    int[] firstRow = new int[passages.size() + 1];
    int row = 0;
    for (int i = 0; i < vectors.size(); i++) {
      firstRow[i] = row;
      for (float[] v : vectors.get(i)) {
        if (v.length != dimensions) {
          throw new IllegalArgumentException(passages.get(i).key() + " has another dimension");
        }
        System.arraycopy(TextMeaning.normalised(v), 0, all, row++ * dimensions, dimensions);
      }
    }
    firstRow[passages.size()] = row;
    return new VectorIndex(passages, all, firstRow, dimensions, ranking);
  }

  /**
   * Each domain's mean situation (its passages' vectors after the first), or its mean text where no
   * passage of it has situations; null for a domain with no passages.
   */
  private float[][] prototypes(float[] vectors) {
    Domain[] domains = Domain.values();
    float[][] sums = new float[domains.length][];
    boolean[] fromSituations = new boolean[domains.length];
    for (int i = 0; i < passages.size(); i++) {
      int d = passages.get(i).domain().ordinal();
      boolean situations = firstRow[i + 1] - firstRow[i] > 1;
      if (sums[d] == null || situations && !fromSituations[d]) {
        sums[d] = new float[dimensions];
        fromSituations[d] = situations;
      }
      if (situations == fromSituations[d]) {
        for (int row = situations ? firstRow[i] + 1 : firstRow[i]; row < firstRow[i + 1]; row++) {
          for (int k = 0; k < dimensions; k++) {
            sums[d][k] += vectors[row * dimensions + k];
          }
        }
      }
    }
    for (int d = 0; d < sums.length; d++) {
      if (sums[d] != null) {
        sums[d] = TextMeaning.normalised(sums[d]);
      }
    }
    return sums;
  }

  public List<Hit> nearest(float[] query, RetrievalFilter filter, int k) {
    if (passages.isEmpty() || k <= 0) {
      return List.of();
    }
    float[] q = TextMeaning.normalised(query);
    float[] domainScore = domainScores(q);
    int domains = filter.domainBits();
    int situation = filter.situationBits();
    float[] rowScores = rowScores(q);
    int candidates = ranking.onePerDomain() ? Math.max(k * 8, 32) : k;
    PriorityQueue<Scored> best =
        new PriorityQueue<>(candidates + 1, Comparator.comparingDouble(Scored::score));
    for (int i = 0; i < passages.size(); i++) {
      if ((domains != 0 && (domainBits[i] & domains) == 0)
          || (contraindicationBits[i] & situation) != 0
          || teachesExcluded(passages.get(i), filter)) {
        continue;
      }
      float score = Float.NEGATIVE_INFINITY;
      for (int row = firstRow[i]; row < firstRow[i + 1]; row++) {
        score = Math.max(score, rowScores[row]);
      }
      score += domainScore[passages.get(i).domain().ordinal()];
      if (best.size() < candidates) {
        best.add(new Scored(i, score));
      } else if (score > best.peek().score()) {
        best.poll();
        best.add(new Scored(i, score));
      }
    }
    List<Scored> ranked =
        best.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
    return pick(ranked, k).stream().map(s -> new Hit(passages.get(s.index()), s.score())).toList();
  }

  private float[] domainScores(float[] q) {
    float[] scores = new float[domainPrototypes.length];
    if (ranking.domainWeight() != 0) {
      for (int d = 0; d < scores.length; d++) {
        if (domainPrototypes[d] != null) {
          float cosine = 0;
          for (int k = 0; k < dimensions; k++) {
            cosine += q[k] * domainPrototypes[d][k];
          }
          scores[d] = (float) (ranking.domainWeight() * cosine);
        }
      }
    }
    return scores;
  }

  /** The best k, one per domain first when the ranking asks for it, then by score. */
  private List<Scored> pick(List<Scored> ranked, int k) {
    if (!ranking.onePerDomain()) {
      return ranked.subList(0, Math.min(k, ranked.size()));
    }
    List<Scored> picked = new ArrayList<>(k);
    Set<Domain> seen = EnumSet.noneOf(Domain.class);
    for (Scored s : ranked) {
      if (picked.size() < k && seen.add(passages.get(s.index()).domain())) {
        picked.add(s);
      }
    }
    for (Scored s : ranked) {
      if (picked.size() < k && !picked.contains(s)) {
        picked.add(s);
      }
    }
    picked.sort(Comparator.comparingDouble(Scored::score).reversed());
    return picked;
  }

  private static boolean teachesExcluded(Passage passage, RetrievalFilter filter) {
    return !filter.excludedTechniques().isEmpty()
        && passage.techniques().stream().anyMatch(filter.excludedTechniques()::contains);
  }

  /**
   * Every vector's cosine with the query, a dimension at a time over all vectors: the inner loop is
   * a plain multiply-add over an array, which the JIT turns into SIMD instructions (a dot product
   * per vector, being a float sum, it may not reorder).
   */
  private float[] rowScores(float[] q) {
    float[] scores = new float[rows];
    for (int d = 0; d < dimensions; d++) {
      float qd = q[d];
      int base = d * rows;
      for (int row = 0; row < rows; row++) {
        scores[row] += qd * columns[base + row];
      }
    }
    return scores;
  }

  private record Scored(int index, float score) {}
}
