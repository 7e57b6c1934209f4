package org.haven.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.haven.support.gate.SafetyGate;
import org.junit.jupiter.api.Test;

class SentenceRelayTest {

  private final List<String> shown = new ArrayList<>();
  private final SafetyGate gate = SafetyGate.bundled();
  private final SentenceRelay relay = new SentenceRelay(gate, shown::add, shown::clear);

  private void stream(String... tokens) {
    for (String t : tokens) {
      relay.token(t);
    }
  }

  @Test
  void tokens_are_passed_on_as_whole_sentences() {
    stream("Thank", " you for", " writing. It", " sounds hard! Try", " this");

    assertThat(shown).containsExactly("Thank you for writing.", "It sounds hard!");
  }

  @Test
  void after_a_sentence_fails_the_content_checks_nothing_more_is_shown() {
    stream("You matter. Some say 40 pills", " would do it. ", "Call a friend. ");

    assertThat(shown).containsExactly("You matter.");
  }

  @Test
  void a_retried_attempt_starts_from_nothing() {
    stream("First try. Half");
    relay.restart();
    stream("Second try. ");

    assertThat(shown).containsExactly("Second try.");
  }
}
