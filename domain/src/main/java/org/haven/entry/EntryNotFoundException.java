package org.haven.entry;

import java.util.UUID;

/**
 * No entry with this id belongs to the asking account. Deliberately the same answer whether the
 * entry does not exist or belongs to someone else, so ids reveal nothing.
 */
public class EntryNotFoundException extends RuntimeException {

  public EntryNotFoundException(UUID id) {
    super("No entry " + id);
  }
}
