package org.haven.admin.security;

/** Role names as the identity store reports them; they match {@code ClinicianRole}. */
public final class ConsoleRoles {

  public static final String CLINICIAN = "CLINICIAN";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String ADMIN = "ADMIN";

  private ConsoleRoles() {}
}
