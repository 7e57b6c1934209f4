package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmTest {

  @Test
  void one_thread_per_text_gives_langchain4js_own_vectors() {
    List<TextSegment> texts =
        List.of(
            TextSegment.from("I just want to sleep and never wake up."),
            TextSegment.from("Walked to work in the sunshine and had lunch with Priya."));

    var ours = new MiniLm().embedAll(texts).content();
    var theirs = new AllMiniLmL6V2QuantizedEmbeddingModel().embedAll(texts).content();

    for (int i = 0; i < texts.size(); i++) {
      assertThat(ours.get(i).vector()).containsExactly(theirs.get(i).vector());
    }
    assertThat(ours.get(0).dimension()).isEqualTo(SentenceEmbedder.DIMENSIONS);
  }

  @Test
  void a_long_entry_has_the_vector_of_the_part_the_model_reads() {
    String entry =
        "Walked the dog along the canal and stopped at the bakery for bread. ".repeat(12);
    SentenceEmbedder embedder = new SentenceEmbedder();

    int seen = embedder.charsSeen(entry);

    assertThat(seen).isBetween(200, entry.length() - 1);
    assertThat(embedder.embed(entry.substring(0, seen))).containsExactly(embedder.embed(entry));
    assertThat(embedder.embed(entry.substring(0, seen - 40))).isNotEqualTo(embedder.embed(entry));
    assertThat(embedder.charsSeen("Walked the dog.")).isEqualTo("Walked the dog.".length());
    String dense = "a.".repeat(70);
    assertThat(embedder.charsSeen(dense)).isBetween(120, 130);
  }
}
