package org.haven.crisis.review;

import java.util.Optional;
import java.util.UUID;

/** Where a case's entry text is read from; the journal feature provides it. */
public interface EntryTextSource {

  /** The entry's text as its writer wrote it, if the entry still exists. */
  Optional<String> text(UUID entryId);
}
