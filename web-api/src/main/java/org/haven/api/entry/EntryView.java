package org.haven.api.entry;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.api.screening.ScreeningView;
import org.haven.api.support.SupportView;
import org.haven.entry.JournalEntry;

/** An entry as the API shows it to its owner. */
@JsonbPropertyOrder({
  "id",
  "content",
  "mood",
  "tags",
  "favorite",
  "createdAt",
  "updatedAt",
  "version"
})
public record EntryView(
    UUID id,
    String content,
    Integer mood,
    List<String> tags,
    boolean favorite,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version,
    ScreeningView screening,
    SupportView support,
    JsonObject emotions) {

  static EntryView of(JournalEntry entry) {
    return of(entry, null, null, null);
  }

  /** The entry as read on its own, with its emotion profile when it has one. */
  static EntryView withEmotions(JournalEntry entry, Optional<JsonObject> emotions) {
    return of(entry, null, null, emotions.orElse(null));
  }

  /**
   * The entry as written, with its screening and its support (crisis resources from MODERATE up).
   */
  static EntryView written(JournalEntry entry, ScreeningView screening, SupportView support) {
    return of(entry, screening, support, null);
  }

  private static EntryView of(
      JournalEntry entry, ScreeningView screening, SupportView support, JsonObject emotions) {
    return new EntryView(
        entry.id(),
        entry.content(),
        entry.mood(),
        entry.tags(),
        entry.favorite(),
        entry.createdAt(),
        entry.updatedAt(),
        entry.version(),
        screening,
        support,
        emotions);
  }
}
