package org.haven.crisis;

/** What a crisis signal is about. */
public enum CrisisCategory {
  SUICIDAL_IDEATION,
  SELF_HARM,
  OVERDOSE_SUBSTANCE,
  HARM_TO_OTHERS,
  BEING_HARMED,
  COMMAND_HALLUCINATIONS,
  HOPELESSNESS,
  PANIC,
  ISOLATION,
  TRAUMA
}
