package org.haven.emotion.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.haven.emotion.Emotion;
import org.junit.jupiter.api.Test;

class PatternFinderTest {

  private final PatternFinder finder = new PatternFinder(PatternRules.fromClassPath());
  private final List<EntryMood> entries = new ArrayList<>();

  @Test
  void a_cue_in_two_entries_is_a_pattern_and_in_one_is_not() {
    write(Emotion.JOY, 0.6, Cue.GRATITUDE);
    write(Emotion.NEUTRAL, 0.0);
    write(Emotion.SADNESS, -0.5, Cue.SELF_CRITICISM);
    write(Emotion.TRUST, 0.4, Cue.GRATITUDE);

    assertThat(kinds()).containsExactly(PatternKind.GRATITUDE);
    assertThat(finder.find(entries).get(0).entries())
        .containsExactly(entries.get(0).entryId(), entries.get(3).entryId());
  }

  @Test
  void too_few_entries_show_no_pattern_at_all() {
    write(Emotion.JOY, 0.6, Cue.GRATITUDE);
    write(Emotion.JOY, 0.6, Cue.GRATITUDE);

    assertThat(finder.find(entries)).isEmpty();
  }

  @Test
  void three_entries_in_a_row_of_the_same_unpleasant_emotion_are_rumination() {
    write(Emotion.JOY, 0.5);
    write(Emotion.FEAR, -0.5);
    write(Emotion.FEAR, -0.6);
    write(Emotion.FEAR, -0.4);

    assertThat(kinds()).containsExactly(PatternKind.RUMINATION);
    assertThat(finder.find(entries).get(0).entries()).hasSize(3);
  }

  @Test
  void alternating_unpleasant_emotions_are_not_a_run() {
    write(Emotion.FEAR, -0.5);
    write(Emotion.SADNESS, -0.5);
    write(Emotion.FEAR, -0.5);

    assertThat(kinds()).isEmpty();
  }

  @Test
  void valence_falling_entry_after_entry_into_unpleasant_is_escalation() {
    write(Emotion.JOY, 0.5);
    write(Emotion.ANTICIPATION, 0.3);
    write(Emotion.NEUTRAL, 0.0);
    write(Emotion.SADNESS, -0.3);
    write(Emotion.ANGER, -0.5);

    assertThat(kinds()).containsExactly(PatternKind.ESCALATION);
  }

  @Test
  void a_fall_that_ends_pleasant_or_a_flat_low_is_not_escalation() {
    for (double v : new double[] {0.9, 0.8, 0.6, 0.4, 0.2}) {
      write(Emotion.JOY, v);
    }
    assertThat(kinds()).isEmpty();

    entries.clear();
    for (Emotion e : new Emotion[] {Emotion.SADNESS, Emotion.FEAR, Emotion.SADNESS, Emotion.FEAR}) {
      write(e, -0.5);
    }
    write(Emotion.SADNESS, -0.5);
    assertThat(kinds()).isEmpty();
  }

  private List<PatternKind> kinds() {
    return finder.find(entries).stream().map(EmotionPattern::pattern).toList();
  }

  private void write(Emotion dominant, double valence, Cue... cues) {
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    entries.add(
        new EntryMood(
            UUID.randomUUID(), at.plusDays(entries.size()), dominant, valence, Set.of(cues)));
  }
}
