package org.haven.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  private static final OffsetDateTime MORNING =
      OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime EVENING = MORNING.plusHours(12);
  private final UUID owner = UUID.randomUUID();

  @Test
  void a_new_entry_belongs_to_its_writer_and_starts_unchanged() {
    JournalEntry entry =
        JournalEntry.write(owner, new EntryDraft("Slept well.", 7, List.of("sleep")), MORNING);

    assertThat(entry.isOwnedBy(owner)).isTrue();
    assertThat(entry.isOwnedBy(UUID.randomUUID())).isFalse();
    assertThat(entry.createdAt()).isEqualTo(entry.updatedAt()).isEqualTo(MORNING);
    assertThat(entry.favorite()).isFalse();
  }

  @Test
  void revising_replaces_content_mood_and_tags_and_moves_updated_at_only() {
    JournalEntry entry =
        JournalEntry.write(owner, new EntryDraft("Draft", 3, List.of("a")), MORNING);

    entry.revise(new EntryDraft("Final", null, List.of("b", "c")), EVENING);

    assertThat(entry.content()).isEqualTo("Final");
    assertThat(entry.mood()).isNull();
    assertThat(entry.tags()).containsExactly("b", "c");
    assertThat(entry.createdAt()).isEqualTo(MORNING);
    assertThat(entry.updatedAt()).isEqualTo(EVENING);
  }

  @Test
  void tags_handed_out_cannot_change_the_entry() {
    JournalEntry entry =
        JournalEntry.write(owner, new EntryDraft("x", null, List.of("a")), MORNING);

    List<String> tags = entry.tags();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tags.add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
