package org.haven.models;

/** A version that cannot serve: its bytes do not match its checksum, or it does not load. */
public class ModelRejectedException extends RuntimeException {

  public ModelRejectedException(String reason) {
    super(reason);
  }
}
