package org.haven.entry;

/** The client edited an entry from a stale version; it must re-read and try again. */
public class EntryVersionConflict extends RuntimeException {

  private final long currentVersion;

  public EntryVersionConflict(long expected, long current) {
    super("Entry is at version " + current + ", not " + expected);
    this.currentVersion = current;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
