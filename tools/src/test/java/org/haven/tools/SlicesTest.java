package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.haven.crisis.screening.RuleFloor;
import org.junit.jupiter.api.Test;

class SlicesTest {

  private static final RuleFloor FLOOR = RuleFloor.fromClassPath();

  @Test
  void each_kind_gets_its_alarms_and_finds_counted_apart() {
    List<LabelledText> set =
        List.of(
            text("1", "I want to kill myself tonight.", "CRITICAL", "plan"),
            text("2", "This commute is killing me.", "NONE", "idiom"),
            text("3", "Lovely walk by the river.", "NONE", "idiom"));

    String table = Slices.table("kind", set, LabelledText::kind, Slices.once(FLOOR::assess));

    assertThat(table)
        .contains("| idiom | 2 | 0 of 2 | - | - |")
        .contains("| plan | 1 | - | 1 of 1 | 1 of 1 |");
  }

  @Test
  void each_text_is_screened_once_however_many_tables_read_it() {
    int[] calls = {0};
    var once =
        Slices.once(
            text -> {
              calls[0]++;
              return FLOOR.assess(text);
            });
    List<LabelledText> set = List.of(text("1", "Lovely walk by the river.", "NONE", "ordinary"));

    Slices.table("kind", set, LabelledText::kind, once);
    Slices.table("language", set, LabelledText::locale, once);

    assertThat(calls[0]).isEqualTo(1);
  }

  private static LabelledText text(String id, String text, String level, String kind) {
    return new LabelledText(
        id, text, org.haven.crisis.RiskLevel.valueOf(level), Set.of(), kind, "en");
  }
}
