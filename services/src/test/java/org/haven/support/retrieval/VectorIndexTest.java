package org.haven.support.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.EvidenceLevel;
import org.haven.support.knowledge.Passage;
import org.junit.jupiter.api.Test;

class VectorIndexTest {

  private static Passage passage(
      String key, Domain domain, Set<Contraindication> not, String... t) {
    return new Passage(key, key, domain, List.of(t), EvidenceLevel.STRONG, not, key, List.of());
  }

  private final VectorIndex index =
      VectorIndex.of(
          List.of(
              passage("breathing", Domain.STRESS, Set.of(), "paced-breathing"),
              passage(
                  "thoughts", Domain.CBT, Set.of(Contraindication.ACUTE_CRISIS), "thought-record"),
              passage("plan", Domain.SAFETY_PLANNING, Set.of(), "safety-plan"),
              passage("reframe", Domain.CBT, Set.of(), "cognitive-restructuring")),
          List.of(
              List.of(new float[] {1, 0, 0}),
              List.of(new float[] {0.9f, 0.1f, 0}),
              List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1}),
              List.of(new float[] {2, 2, 0})),
          Ranking.SIMILARITY_ONLY);

  private static List<String> keys(List<Hit> hits) {
    return hits.stream().map(h -> h.passage().key()).toList();
  }

  @Test
  void nearest_passages_come_first_by_cosine_whatever_the_vector_length() {
    List<Hit> hits = index.nearest(new float[] {3, 0, 0}, RetrievalFilter.ANY, 3);

    assertThat(keys(hits)).containsExactly("breathing", "thoughts", "reframe");
    assertThat(hits.get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void only_allowed_domains_are_returned() {
    var filter = RetrievalFilter.of(List.of(Domain.SAFETY_PLANNING, Domain.CBT), Set.of());

    assertThat(keys(index.nearest(new float[] {1, 0, 0}, filter, 2)))
        .containsExactly("thoughts", "reframe");
  }

  @Test
  void contraindicated_passages_and_excluded_techniques_are_never_returned() {
    var crisis =
        new RetrievalFilter(
            Set.of(), Set.of(Contraindication.ACUTE_CRISIS), Set.of("cognitive-restructuring"));

    assertThat(keys(index.nearest(new float[] {1, 0, 0}, crisis, 4)))
        .containsExactly("breathing", "plan");
  }

  @Test
  void a_passage_is_as_near_as_its_nearest_vector() {
    List<Hit> hits = index.nearest(new float[] {0, 0, 5}, RetrievalFilter.ANY, 1);

    assertThat(keys(hits)).containsExactly("plan");
    assertThat(hits.get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void by_default_the_passages_come_from_different_domains_first() {
    VectorIndex diverse =
        VectorIndex.of(
            List.of(
                passage("a1", Domain.CBT, Set.of()),
                passage("a2", Domain.CBT, Set.of()),
                passage("b1", Domain.SLEEP, Set.of())),
            List.of(
                List.of(new float[] {1, 0}),
                List.of(new float[] {0.9f, 0.1f}),
                List.of(new float[] {0.5f, 0.5f})),
            new Ranking(0, true));

    assertThat(keys(diverse.nearest(new float[] {1, 0}, RetrievalFilter.ANY, 2)))
        .containsExactly("a1", "b1");
    assertThat(keys(diverse.nearest(new float[] {1, 0}, RetrievalFilter.ANY, 3)))
        .containsExactly("a1", "a2", "b1");
  }

  @Test
  void a_domain_whose_situations_are_near_the_entry_lifts_its_passages() {
    List<Passage> two =
        List.of(passage("cbt", Domain.CBT, Set.of()), passage("sleep", Domain.SLEEP, Set.of()));
    List<List<float[]>> vectors =
        List.of(
            List.of(new float[] {1, 0.1f, 0}, new float[] {0, 0, 1}),
            List.of(new float[] {1, 0, 0}, new float[] {0, 1, 0}));
    float[] entry = {1, 0.3f, 0};

    assertThat(
            keys(
                VectorIndex.of(two, vectors, Ranking.SIMILARITY_ONLY)
                    .nearest(entry, RetrievalFilter.ANY, 1)))
        .containsExactly("cbt");
    assertThat(
            keys(
                VectorIndex.of(two, vectors, new Ranking(0.5, false))
                    .nearest(entry, RetrievalFilter.ANY, 1)))
        .containsExactly("sleep");
  }

  @Test
  void an_empty_index_finds_nothing() {
    assertThat(VectorIndex.empty().nearest(new float[] {1}, RetrievalFilter.ANY, 3)).isEmpty();
  }
}
