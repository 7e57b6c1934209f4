package org.haven.api.auth;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;
import org.haven.account.Credentials;
import org.haven.shared.DomainRuleViolation;

/** The bodies the auth resource reads and writes. */
public final class AuthRequests {

  private AuthRequests() {}

  public record CredentialsBody(String username, String password) {
    public Credentials toCredentials() {
      if (username == null) {
        throw new DomainRuleViolation("username", "username is required");
      }
      if (password == null) {
        throw new DomainRuleViolation("password", "password is required");
      }
      return new Credentials(username, password);
    }

    @Override
    public String toString() {
      return "CredentialsBody[username=" + username + "]";
    }
  }

  public record AccountView(UUID id, String username) {}

  public record TokenView(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") long expiresIn) {}
}
