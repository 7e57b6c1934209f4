package org.haven.crisis;

/**
 * Why a case was not a real concern. The screening team reads these to learn which phrasings the
 * rules and the model misread.
 */
public enum FalseAlarmReason {
  IDIOM,
  THIRD_PERSON,
  FICTION_OR_QUOTE,
  PAST_AND_RECOVERED,
  OTHER
}
