package org.haven.entry.control;

import java.util.List;
import java.util.Optional;
import org.haven.entry.JournalEntry;

/** One page of a person's entries, newest first, and where the next page starts if there is one. */
public record EntryPage(List<JournalEntry> entries, Optional<PageCursor> next) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
}
