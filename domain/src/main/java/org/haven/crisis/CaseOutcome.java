package org.haven.crisis;

/** How a clinician closed a case that was a real concern. */
public enum CaseOutcome {
  CONTACTED_SAFE,
  SAFETY_PLAN_REVIEWED,
  REFERRED_TO_SERVICES,
  EMERGENCY_SERVICES_CALLED,
  NO_CONTACT_POSSIBLE
}
