package org.haven.emotion.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueBookTest {

  private final CueBook book = CueBook.fromClassPath();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I can't stop thinking about what she said.          | RUMINATION
          I keep going over the meeting again and again.      | RUMINATION
          I’m such an idiot, I ruin everything.               | SELF_CRITICISM
          It was all my fault and I hate myself for it.       | SELF_CRITICISM
          So grateful for my sister today.                    | GRATITUDE
          I feel nothing, just going through the motions.     | NUMBNESS
          I have mixed feelings about moving out.             | AMBIVALENCE
          Part of me wants to stay, part of me wants to run.  | AMBIVALENCE
          """)
  void a_phrase_cues_its_pattern(String text, Cue cue) {
    assertThat(book.cuesIn(text)).contains(cue);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'm not grateful for any of this.
          I didn't feel numb at all, I felt alive.
          We had a quiet dinner and watched a film.
          The report says the numbness in his hand is gone.
          """)
  void negated_or_absent_phrases_cue_nothing_of_their_own(String text) {
    assertThat(book.cuesIn(text))
        .doesNotContain(Cue.GRATITUDE)
        .doesNotContain(Cue.RUMINATION)
        .doesNotContain(Cue.SELF_CRITICISM);
  }

  @org.junit.jupiter.api.Test
  void negation_reaches_no_further_than_its_clause() {
    assertThat(book.cuesIn("I wasn't sure. Still, I'm grateful.")).contains(Cue.GRATITUDE);
    assertThat(book.cuesIn("I didn't feel numb at all.")).doesNotContain(Cue.NUMBNESS);
  }
}
