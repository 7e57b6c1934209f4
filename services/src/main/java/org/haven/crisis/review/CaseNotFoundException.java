package org.haven.crisis.review;

import java.util.UUID;

/** No case has this id (or it went with its person's account). */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(UUID id) {
    super("No case " + id);
  }
}
