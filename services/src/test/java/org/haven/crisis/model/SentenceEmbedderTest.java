package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

  /** Embeds a sentence as its length, and remembers every sentence it was asked to embed. */
  static final class LengthModel implements EmbeddingModel {
    final List<String> embedded = new ArrayList<>();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      segments.forEach(s -> embedded.add(s.text()));
      return Response.from(
          segments.stream().map(s -> Embedding.from(new float[] {s.text().length()})).toList());
    }
  }

  private final LengthModel model = new LengthModel();
  private final SentenceEmbedder embedder = new SentenceEmbedder(model);

  @Test
  void a_second_call_over_the_same_sentences_embeds_only_the_new_ones() {
    embedder.embedAll(List.of("I walked.", "It rained all day."));

    List<float[]> vectors = embedder.embedAll(List.of("It rained all day.", "Tea helped."));

    assertThat(model.embedded).containsExactly("It rained all day.", "I walked.", "Tea helped.");
    assertThat(vectors).extracting(v -> v[0]).containsExactly(18f, 11f);
  }

  @Test
  void the_longest_texts_are_embedded_first_and_come_back_in_their_own_order() {
    String entry = "Rain. A long walk home in the dark. Tea.";

    List<float[]> vectors =
        embedder.embedAll(List.of("Rain.", "A long walk home in the dark.", entry));

    assertThat(model.embedded).containsExactly(entry, "A long walk home in the dark.", "Rain.");
    assertThat(vectors).extracting(v -> v[0]).containsExactly(5f, 29f, (float) entry.length());
  }

  @Test
  void only_the_previous_call_is_remembered() {
    embedder.embedAll(List.of("One."));
    embedder.embedAll(List.of("Two."));

    embedder.embedAll(List.of("One.", "One."));

    assertThat(model.embedded).containsExactly("One.", "Two.", "One.");
  }

  @Test
  void another_thread_embeds_for_itself() throws Exception {
    embedder.embedAll(List.of("Shared sentence."));

    Thread other = new Thread(() -> embedder.embedAll(List.of("Shared sentence.")));
    other.start();
    other.join();

    assertThat(model.embedded).containsExactly("Shared sentence.", "Shared sentence.");
  }
}
