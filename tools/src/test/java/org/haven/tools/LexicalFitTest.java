package org.haven.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.Lexicon;
import org.junit.jupiter.api.Test;

class LexicalFitTest {

  @Test
  void a_text_with_no_known_term_is_left_to_the_embedding_half() {
    List<LabelledText> training =
        List.of(
            text("a", "I want to disappear for good", RiskLevel.MODERATE),
            text("b", "I want to disappear into a good book", RiskLevel.NONE),
            text("c", "Tired, but a good day", RiskLevel.NONE),
            text("d", "Again.", RiskLevel.NONE));
    Lexicon lexicon = Lexicon.of(training.stream().map(LabelledText::text).toList(), 2);

    var model = LexicalFit.fit(training, lexicon, 1L);

    assertThat(lexicon.vector("Again.")).containsOnly(0f);
    assertThat(model.getOutputIDInfo().size()).isEqualTo(2);
  }

  private static LabelledText text(String id, String text, RiskLevel level) {
    return new LabelledText(id, text, level, Set.of(), "ordinary", "en");
  }
}
