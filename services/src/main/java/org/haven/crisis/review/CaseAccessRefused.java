package org.haven.crisis.review;

/** A member of the care team tried something on a case their role or assignment does not allow. */
public class CaseAccessRefused extends RuntimeException {

  public CaseAccessRefused(String message) {
    super(message);
  }
}
