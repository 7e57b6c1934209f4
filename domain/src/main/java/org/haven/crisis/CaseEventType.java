package org.haven.crisis;

/** What happened to a case; every change of state is recorded as one of these. */
public enum CaseEventType {
  OPENED,
  UPDATED,
  ACKNOWLEDGED,
  ASSIGNED,
  NOTE_ADDED,
  ESCALATED,
  RESOLVED,
  MARKED_FALSE_ALARM,
  REOPENED
}
