package org.haven.platform.crypto;

/**
 * A value that should be a Haven envelope could not be opened: it is malformed, was sealed for
 * another object, under a key this server does not hold, or was altered. Never carries content.
 */
public class NotSealedException extends RuntimeException {

  public NotSealedException(String message) {
    super(message);
  }
}
