package org.haven.account;

/** Registration chose a username that another account already has. */
public class UsernameTakenException extends RuntimeException {

  public UsernameTakenException() {
    super("That username is already taken");
  }
}
