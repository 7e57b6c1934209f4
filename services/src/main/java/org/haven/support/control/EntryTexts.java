package org.haven.support.control;

import java.util.Optional;
import java.util.UUID;

/**
 * The text of an entry, for the support job. The journal implements it, so support needs no
 * knowledge of how entries are stored.
 */
public interface EntryTexts {

  Optional<String> text(UUID entryId);
}
