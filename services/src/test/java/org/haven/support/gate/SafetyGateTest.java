package org.haven.support.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafetyGateTest {

  private static final String CARING =
      "Thank you for writing this down. It sounds like today was heavy, and it makes sense that"
          + " you feel worn out. One thing that can help is planning a small, doable activity that"
          + " used to bring you some satisfaction, like a short walk or calling a friend [1]. You"
          + " could also notice one thought that keeps coming back and write it down [2]. ";
  private static final GateRequest LOW = new GateRequest(false, List.of(), 3);
  private static final GateRequest MODERATE =
      new GateRequest(true, List.of("Call or text 988", "Text HOME to 741741"), 3);

  private SafetyGate gate;

  @BeforeEach
  void load() {
    gate = new SafetyGate();
    gate.load();
  }

  @Test
  void a_caring_text_passes_and_its_citations_are_listed_in_order() {
    GateVerdict verdict = gate.check(CARING, LOW);

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.cited()).containsExactly(1, 2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "If it gets bad, 30 pills would be enough. | method-content",
        "Some people look up the most effective way to do it. | method-content",
        "There is no painless way to die. | method-content",
        "Some think of jumping off a bridge. | method-content",
        "Here is where you can buy sleeping pills. | method-content",
        "You could write a goodbye letter to your family. | method-content",
        "Your uncle committed suicide, which must weigh on you. | stigmatising-language",
        "It is not crazy to feel this way. | stigmatising-language",
        "For some, ending your life could be an escape from this. | suicide-as-solution",
        "Please promise me not to hurt yourself. | suicide-as-solution",
        "It sounds like you have clinical depression. | diagnosis",
        "You\u2019ve got an anxiety disorder, clearly. | diagnosis"
      })
  void forbidden_content_is_named_by_its_check(String sentence, String check) {
    assertThat(gate.check(CARING + sentence, LOW).failedCheck()).contains(check);
    assertThat(gate.forbiddenContent(sentence)).contains(check);
  }

  @Test
  void from_moderate_up_a_text_without_a_crisis_contact_fails() {
    assertThat(gate.check(CARING, MODERATE).failedCheck()).contains("missing-resources");
    assertThat(gate.check(CARING + "You can call or text 988 at any time.", MODERATE).passed())
        .isTrue();
  }

  @Test
  void a_text_citing_a_passage_it_was_not_given_fails() {
    assertThat(gate.check(CARING + "See also [4].", LOW).failedCheck())
        .contains("unknown-citation");
  }

  @Test
  void texts_too_short_or_too_long_fail() {
    assertThat(gate.check("Take care.", LOW).failedCheck()).contains("too-short");
    assertThat(gate.check(CARING.repeat(8), LOW).failedCheck()).contains("too-long");
  }

  @Test
  void ordinary_numbers_and_words_are_not_mistaken_for_method_content() {
    String text =
        CARING
            + "Try the 5-4-3-2-1 exercise for 10 minutes, and ask your doctor about your"
            + " medication if you have questions. Talking helps and is among the most effective ways"
            + " to feel less alone, even when your mind keeps jumping from one worry to another."
            + " Your doctor can tell you where to get proper help.";
    assertThat(gate.check(text, LOW).passed()).isTrue();
  }
}
