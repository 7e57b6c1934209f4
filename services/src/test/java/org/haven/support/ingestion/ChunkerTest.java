package org.haven.support.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private static final String TEXT =
      IntStream.range(0, 400).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

  private static List<Chunker.Chunk> all(String text, int size, int overlap, long from)
      throws IOException {
    Chunker chunker = new Chunker(new StringReader(text), size, overlap, from);
    List<Chunker.Chunk> chunks = new ArrayList<>();
    for (var c = chunker.next(); c.isPresent(); c = chunker.next()) {
      chunks.add(c.get());
    }
    return chunks;
  }

  @Test
  void passages_are_at_most_the_size_end_on_word_boundaries_and_overlap() throws IOException {
    List<Chunker.Chunk> chunks = all(TEXT, 200, 40, 0);

    assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(200));
    assertThat(chunks)
        .allSatisfy(c -> assertThat(c.text()).matches("(word\\d+ ?)+").doesNotEndWith(" "));
    for (int i = 1; i < chunks.size(); i++) {
      String previous = chunks.get(i - 1).text();
      String first = chunks.get(i).text().split(" ")[1];
      assertThat(previous).contains(first);
    }
    assertThat(chunks.get(chunks.size() - 1).text()).endsWith("word399");
    assertThat(chunks.get(chunks.size() - 1).last()).isTrue();
  }

  @Test
  void resuming_from_a_checkpoint_gives_the_same_passages_as_going_on() throws IOException {
    List<Chunker.Chunk> whole = all(TEXT, 200, 40, 0);

    List<Chunker.Chunk> resumed = all(TEXT, 200, 40, whole.get(4).resumeAt());

    assertThat(resumed.stream().map(Chunker.Chunk::text))
        .containsExactlyElementsOf(
            whole.subList(5, whole.size()).stream().map(Chunker.Chunk::text).toList());
  }

  @Test
  void a_short_text_is_one_passage_and_an_empty_one_none() throws IOException {
    assertThat(all("Just one line.", 200, 40, 0))
        .extracting(Chunker.Chunk::text)
        .containsExactly("Just one line.");
    assertThat(all("   \n ", 200, 40, 0)).isEmpty();
  }
}
