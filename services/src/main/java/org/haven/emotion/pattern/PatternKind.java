package org.haven.emotion.pattern;

/** The patterns Haven looks for across a person's recent entries. */
public enum PatternKind {
  RUMINATION,
  SELF_CRITICISM,
  GRATITUDE,
  NUMBNESS,
  AMBIVALENCE,
  ESCALATION
}
