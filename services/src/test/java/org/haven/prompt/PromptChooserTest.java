package org.haven.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.emotion.Emotion;
import org.haven.emotion.pattern.PatternKind;
import org.junit.jupiter.api.Test;

class PromptChooserTest {

  private final PromptLibrary library = PromptLibrary.fromClassPath();
  private final PromptChooser chooser = new PromptChooser(library);

  @Test
  void a_recent_pattern_brings_the_prompts_made_for_it_first() {
    var chosen =
        chooser.choose(
            Map.of(Emotion.SADNESS, 3L, Emotion.JOY, 1L),
            Set.of(PatternKind.SELF_CRITICISM),
            false,
            7,
            3);

    assertThat(chosen.get(0).prompt().patterns()).contains(PatternKind.SELF_CRITICISM);
    assertThat(chosen.get(0).why()).contains("pattern:SELF_CRITICISM");
  }

  @Test
  void the_same_day_gives_the_same_prompts_and_another_day_may_not() {
    var today = ids(chooser.choose(Map.of(), Set.of(), false, 100, 3));

    assertThat(ids(chooser.choose(Map.of(), Set.of(), false, 100, 3))).isEqualTo(today);
    assertThat(
            java.util.stream.LongStream.range(101, 110)
                .mapToObj(seed -> ids(chooser.choose(Map.of(), Set.of(), false, seed, 3))))
        .anyMatch(other -> !other.equals(today));
  }

  @Test
  void after_a_high_risk_entry_only_prompts_safe_in_a_crisis_are_offered() {
    var chosen =
        chooser.choose(
            Map.of(Emotion.SADNESS, 5L),
            Set.of(PatternKind.RUMINATION),
            true,
            7,
            library.prompts().size());

    assertThat(chosen).isNotEmpty().allMatch(s -> s.prompt().safeInCrisis());
    assertThat(ids(chosen)).doesNotContain("thought-record", "worry-time");
  }

  @Test
  void every_prompt_has_a_unique_id_and_every_pattern_has_a_prompt() {
    assertThat(library.prompts()).extracting(Prompt::id).doesNotHaveDuplicates();
    for (PatternKind kind : PatternKind.values()) {
      assertThat(library.prompts()).anyMatch(p -> p.patterns().contains(kind));
    }
  }

  private static List<String> ids(List<PromptChooser.Suggestion> suggestions) {
    return suggestions.stream().map(s -> s.prompt().id()).toList();
  }
}
