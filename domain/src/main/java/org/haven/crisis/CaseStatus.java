package org.haven.crisis;

/** Where a review case stands. Open cases are the ones a clinician still has to act on. */
public enum CaseStatus {
  NEW,
  ACKNOWLEDGED,
  ESCALATED,
  RESOLVED,
  FALSE_ALARM;

  public boolean isOpen() {
    return this == NEW || this == ACKNOWLEDGED || this == ESCALATED;
  }
}
