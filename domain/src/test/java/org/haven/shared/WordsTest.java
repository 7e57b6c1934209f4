package org.haven.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void words_are_counted_as_people_count_them() {
    assertThat(Words.in("I can't sleep -- it's 3 o'clock!")).isEqualTo(6);
    assertThat(Words.in("  well-being,  café\nnaïve ")).isEqualTo(3);
    assertThat(Words.in("...")).isZero();
  }
}
