package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.support.retrieval.Ranking;
import org.junit.jupiter.api.Test;

/**
 * Retrieval over the bundled knowledge base must put a passage of the right domain in the first
 * three for at least 90% of the labelled queries (issue #7); docs/models/retrieval.md has the
 * figures.
 */
class RetrievalQualityTest {

  @Test
  void the_right_domain_is_in_the_first_three_for_nine_queries_in_ten() throws IOException {
    var queries = RetrievalQuery.read(Path.of("corpus/retrieval/queries.jsonl"));

    RetrievalEvaluation evaluation =
        RetrievalEvaluation.of(queries, new SentenceEmbedder(), Ranking.DEFAULT);

    assertThat(queries).hasSizeGreaterThanOrEqualTo(50);
    assertThat(evaluation.hitAt3())
        .as(evaluation.markdown("queries.jsonl"))
        .isGreaterThanOrEqualTo(0.9);
  }
}
