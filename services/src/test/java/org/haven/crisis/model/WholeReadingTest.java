package org.haven.crisis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.haven.crisis.Evidence;
import org.haven.crisis.model.LearnedScreening.Reading;
import org.haven.crisis.model.LearnedScreening.SentenceScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the whole entry may raise it: not when the rules read some of its risk words as harmless,
 * since the whole reading still holds them; still when they read a denial or found only a cue.
 */
class WholeReadingTest {

  private static final String FIRST = "That film absolutely killed me.";
  private static final String TEXT = FIRST + " Walked the dog after work. Made tea and read.";
  private static LevelModel model;
  private static LearnedScreening learned;

  @BeforeAll
  static void load() {
    model = LevelModel.fromClassPath(WholeReadingTest.class.getClassLoader());
    learned = new LearnedScreening(new SentenceEmbedder(), model);
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  @Test
  void risk_words_read_as_harmless_leave_the_whole_for_context_only() {
    assertThat(wholeReading(Evidence.HARMLESS_WORDS)).isEqualTo(Reading.CONTEXT);
  }

  @Test
  void a_denial_leaves_the_whole_free_to_raise() {
    assertThat(wholeReading(Evidence.DENIAL)).isEqualTo(Reading.WHOLE);
  }

  @Test
  void a_cue_alone_leaves_the_whole_free_to_raise() {
    assertThat(wholeReading(Evidence.CONTEXT_CUE)).isEqualTo(Reading.WHOLE);
  }

  private static Reading wholeReading(String source) {
    List<SentenceScore> scores =
        learned.scoreSentences(TEXT, List.of(new Evidence(0, FIRST.length(), source)));
    assertThat(scores).hasSize(3);
    SentenceScore whole = scores.get(2);
    assertThat(whole.start()).isZero();
    assertThat(whole.end()).isEqualTo(TEXT.length());
    return whole.reading();
  }
}
