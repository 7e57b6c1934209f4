package org.haven.api;

/** The role names tokens carry in their {@code groups} claim. */
public final class Roles {

  public static final String USER = "USER";

  /** Care-team roles, carried by staff tokens and named as in the console. */
  public static final String CLINICIAN = "CLINICIAN";

  public static final String SUPERVISOR = "SUPERVISOR";

  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
