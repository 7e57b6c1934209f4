package org.haven.api;

/** The role names tokens carry in their {@code groups} claim. */
public final class Roles {

  public static final String USER = "USER";

  private Roles() {}
}
