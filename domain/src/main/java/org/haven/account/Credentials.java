package org.haven.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.haven.shared.Require;

/**
 * A username and password as a person typed them, checked against the account rules. The password
 * never leaves this record except to be hashed.
 */
public record Credentials(String username, String password) {

  public static final int MIN_USERNAME_LENGTH = 3;
  public static final int MAX_USERNAME_LENGTH = 40;
  public static final int MIN_PASSWORD_LENGTH = 10;
  public static final int MAX_PASSWORD_LENGTH = 256;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  public Credentials {
    username =
        Require.text("username", username, MAX_USERNAME_LENGTH).strip().toLowerCase(Locale.ROOT);
    Require.that(
        username.length() >= MIN_USERNAME_LENGTH && USERNAME.matcher(username).matches(),
        "username",
        "username must be "
            + MIN_USERNAME_LENGTH
            + " to "
            + MAX_USERNAME_LENGTH
            + " letters, digits, '.', '_' or '-'");
    Require.text("password", password, MAX_PASSWORD_LENGTH);
  }

  /** Rules that apply only when a password is chosen, not when an existing one is presented. */
  public Credentials requireStrongPassword() {
    Require.that(
        password.length() >= MIN_PASSWORD_LENGTH,
        "password",
        "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
    Require.that(
        !password.toLowerCase(Locale.ROOT).contains(username),
        "password",
        "password must not contain the username");
    return this;
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + "]";
  }
}
