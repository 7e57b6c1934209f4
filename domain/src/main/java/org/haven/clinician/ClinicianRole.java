package org.haven.clinician;

/** What a member of the care team may do in the console; roles add up, they do not nest. */
public enum ClinicianRole {
  CLINICIAN,
  SUPERVISOR,
  ADMIN
}
