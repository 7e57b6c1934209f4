package org.haven.models;

/** No such model version (or nothing to roll back to). */
public class ModelNotFoundException extends RuntimeException {

  public ModelNotFoundException(String what) {
    super(what);
  }
}
