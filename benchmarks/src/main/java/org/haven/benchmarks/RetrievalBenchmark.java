package org.haven.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.support.knowledge.BundledKnowledge;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.Passage;
import org.haven.support.retrieval.Hit;
import org.haven.support.retrieval.PassageMeaning;
import org.haven.support.retrieval.RetrievalFilter;
import org.haven.support.retrieval.VectorIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retrieval over 10,000 passages, single-threaded: the exact search alone (the query already
 * embedded), with the filter a person in crisis gets, and the whole look-up support makes for an
 * entry (embedding the entry, then searching). The bundled passages are embedded for real; the rest
 * of the 10,000 are their vectors with noise, which costs an exact search exactly the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class RetrievalBenchmark {

  static final int PASSAGES = 10_000;
  static final String ENTRY =
      "I have felt low and stuck at home all week. I stopped going out, I skip meals, and the"
          + " things I used to enjoy feel pointless. I keep telling myself I will start tomorrow.";

  static final String OTHER_ENTRY =
      "Work has been relentless and I could not switch off last night. My chest felt tight on the"
          + " train and I kept going over the meeting. I barely slept and snapped at my partner.";

  private SentenceEmbedder embedder;
  private long entries;
  private VectorIndex index;
  private float[] query;
  private final RetrievalFilter crisis =
      new RetrievalFilter(
          Set.of(Domain.SAFETY_PLANNING, Domain.DBT),
          Set.of(Contraindication.ACUTE_CRISIS),
          Set.of("cognitive-restructuring"));

  @Setup
  public void build() {
    embedder = new SentenceEmbedder();
    List<Passage> bundled = BundledKnowledge.passages();
    List<List<float[]>> real = bundled.stream().map(p -> PassageMeaning.of(p, embedder)).toList();
    List<Passage> passages = new ArrayList<>(bundled);
    List<List<float[]>> vectors = new ArrayList<>(real);
    Random random = new Random(7);
    for (int i = bundled.size(); i < PASSAGES; i++) {
      Passage p = bundled.get(i % bundled.size());
      float[] v = real.get(i % bundled.size()).get(0).clone();
      for (int d = 0; d < v.length; d++) {
        v[d] += (float) (random.nextGaussian() * 0.05);
      }
      passages.add(
          new Passage(
              p.key() + "#" + i,
              p.title(),
              p.domain(),
              p.techniques(),
              p.evidence(),
              p.contraindications(),
              p.text(),
              p.citations()));
      vectors.add(List.of(v));
    }
    index = VectorIndex.of(passages, vectors);
    query = TextMeaning.of(ENTRY, embedder);
  }

  @Benchmark
  public List<Hit> searchAll() {
    return index.nearest(query, RetrievalFilter.ANY, 3);
  }

  @Benchmark
  public List<Hit> searchInCrisis() {
    return index.nearest(query, crisis, 3);
  }

  /**
   * Alternates two entries: the embedder remembers its previous call, which would hide its cost.
   */
  @Benchmark
  public List<Hit> embedAndSearch() {
    entries++;
    String entry = (entries & 1) == 0 ? ENTRY : OTHER_ENTRY;
    return index.nearest(TextMeaning.of(entry, embedder), RetrievalFilter.ANY, 3);
  }
}
