package org.haven.job;

/** Which work goes first: crisis work, then what a person waits for, then bulk work. */
public enum Priority {
  CRISIS,
  INTERACTIVE,
  BULK;

  /** The value stored: lower runs first. */
  public int rank() {
    return ordinal();
  }

  public static Priority ofRank(int rank) {
    return values()[rank];
  }
}
