package org.haven.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.haven.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class EntryDraftTest {

  @Test
  void blank_content_is_refused_naming_the_field() {
    assertThatThrownBy(() -> new EntryDraft("   ", null, null))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("content");
  }

  @Test
  void content_may_be_exactly_the_maximum_length_but_not_longer() {
    String longest = "a".repeat(EntryDraft.MAX_CONTENT_LENGTH);

    assertThat(new EntryDraft(longest, null, null).content())
        .hasSize(EntryDraft.MAX_CONTENT_LENGTH);
    assertThatThrownBy(() -> new EntryDraft(longest + "a", null, null))
        .hasMessageContaining("at most " + EntryDraft.MAX_CONTENT_LENGTH);
  }

  @Test
  void mood_outside_one_to_ten_is_refused() {
    assertThat(new EntryDraft("ok", 1, null).mood()).isEqualTo(1);
    assertThat(new EntryDraft("ok", 10, null).mood()).isEqualTo(10);
    assertThatThrownBy(() -> new EntryDraft("ok", 0, null)).hasMessageContaining("mood");
    assertThatThrownBy(() -> new EntryDraft("ok", 11, null)).hasMessageContaining("mood");
  }

  @Test
  void tags_are_trimmed_lower_cased_and_deduplicated_in_order() {
    EntryDraft draft = new EntryDraft("ok", null, List.of(" Work ", "family", "WORK", "sleep"));

    assertThat(draft.tags()).containsExactly("work", "family", "sleep");
  }

  @Test
  void too_many_or_malformed_tags_are_refused() {
    List<String> many =
        IntStream.rangeClosed(0, EntryDraft.MAX_TAGS).mapToObj(i -> "t" + i).toList();

    assertThatThrownBy(() -> new EntryDraft("ok", null, many)).hasMessageContaining("at most");
    assertThatThrownBy(() -> new EntryDraft("ok", null, List.of("<script>")))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> new EntryDraft("ok", null, Arrays.asList("fine", null)))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
