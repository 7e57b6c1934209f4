package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.crisis.Evidence;
import org.junit.jupiter.api.Test;

class SpansToScoreTest {

  @Test
  void one_sentence_is_read_once() {
    String text = "I feel like a weight on everyone";

    assertThat(LearnedScreening.spansToScore(text, List.of()))
        .containsExactly(new int[] {0, text.length()});
  }

  @Test
  void several_sentences_are_read_one_by_one_and_then_as_a_whole() {
    String text = "Long day at work. Nobody would notice if I was gone.";

    List<int[]> spans = LearnedScreening.spansToScore(text, List.of());

    assertThat(spans).hasSize(3);
    assertThat(spans.get(2)).containsExactly(0, text.length());
  }

  @Test
  void sentences_the_rules_read_as_benign_are_left_out_and_the_whole_still_read_for_context() {
    String text = "My novel's hero wants to die. Nobody would notice if I was gone.";
    Evidence fiction = new Evidence(0, 29, "rules");

    List<int[]> spans = LearnedScreening.spansToScore(text, List.of(fiction));

    assertThat(spans).hasSize(2);
    assertThat(text.substring(spans.get(0)[0], spans.get(0)[1])).startsWith("Nobody");
    assertThat(spans.get(1)).containsExactly(0, text.length());
  }

  @Test
  void nothing_is_read_when_the_rules_read_every_sentence_as_benign() {
    String text = "My novel's hero wants to die. The ending is sad.";
    Evidence fiction = new Evidence(0, text.length(), "rules");

    assertThat(LearnedScreening.spansToScore(text, List.of(fiction))).isEmpty();
  }
}
