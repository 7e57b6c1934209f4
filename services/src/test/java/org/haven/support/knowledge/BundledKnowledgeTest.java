package org.haven.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.haven.support.gate.SafetyGate;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base: big enough, well formed, cited, and safe to show. */
class BundledKnowledgeTest {

  private final List<Passage> passages = BundledKnowledge.passages();

  @Test
  void it_has_at_least_150_passages_across_every_domain_with_unique_keys() {
    assertThat(passages).hasSizeGreaterThanOrEqualTo(150);
    assertThat(passages.stream().map(Passage::key).distinct()).hasSameSizeAs(passages);
    Map<Domain, Long> perDomain =
        passages.stream().collect(Collectors.groupingBy(Passage::domain, Collectors.counting()));
    assertThat(perDomain.keySet()).containsExactlyInAnyOrder(Domain.values());
    assertThat(perDomain.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
  }

  @Test
  void every_passage_cites_its_sources_and_keeps_to_length() {
    assertThat(passages)
        .allSatisfy(
            p -> {
              assertThat(p.citations()).as(p.key()).isNotEmpty();
              assertThat(p.citations())
                  .allSatisfy(c -> assertThat(c.year()).as(p.key()).isBetween(1900, 2026));
              assertThat(p.text().split("\\s+").length).as(p.key()).isBetween(100, 260);
              assertThat(p.techniques()).as(p.key()).isNotEmpty();
              assertThat(p.situations()).as(p.key()).hasSizeGreaterThanOrEqualTo(4);
            });
  }

  @Test
  void no_passage_holds_what_the_safety_gate_forbids_or_a_phone_number() {
    SafetyGate gate = SafetyGate.bundled();
    Map<String, String> failures =
        passages.stream()
            .filter(p -> gate.forbiddenContent(shown(p)).isPresent())
            .collect(
                Collectors.toMap(Passage::key, p -> gate.forbiddenContent(shown(p)).orElseThrow()));
    assertThat(failures).isEmpty();
    assertThat(passages)
        .allSatisfy(p -> assertThat(shown(p)).as(p.key()).doesNotContainPattern("\\d{3}"));
  }

  private static String shown(Passage p) {
    return p.title() + ". " + p.text() + " " + String.join(" ", p.situations());
  }

  @Test
  void safety_planning_is_never_withheld_from_a_person_in_crisis() {
    assertThat(passages.stream().filter(p -> p.domain() == Domain.SAFETY_PLANNING))
        .allSatisfy(
            p -> assertThat(p.contraindications()).doesNotContain(Contraindication.ACUTE_CRISIS));
    Map<String, Passage> byKey =
        passages.stream().collect(Collectors.toMap(Passage::key, Function.identity()));
    assertThat(byKey.values().stream().filter(p -> p.techniques().contains("safety-plan")))
        .isNotEmpty();
  }
}
