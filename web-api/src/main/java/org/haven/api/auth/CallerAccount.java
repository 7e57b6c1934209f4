package org.haven.api.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.haven.account.control.Accounts;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;

/**
 * The account behind the bearer token of this request. Tokens from Haven's own issuer carry the
 * account id as subject; tokens from an external identity provider are mapped to an account that is
 * made on first use.
 */
@RequestScoped
public class CallerAccount {

  @Inject JsonWebToken token;

  @Inject AuthSettings settings;

  @Inject Accounts accounts;

  private UUID id;

  public UUID id() {
    if (id == null) {
      id = resolve();
    }
    return id;
  }

  private UUID resolve() {
    if (settings.issuerEnabled() && settings.issuer().equals(token.getIssuer())) {
      UUID account = UUID.fromString(token.getSubject());
      if (accounts.find(account).isEmpty()) {
        // A token outlives an account deleted before it expired: it speaks for no one now.
        throw new NotAuthorizedException(
            Problem.of(ProblemType.UNAUTHENTICATED, "This account no longer exists").toResponse());
      }
      return account;
    }
    try {
      return accounts.provisionExternal(token.getIssuer(), token.getSubject());
    } catch (RuntimeException lostTheRaceToAnotherFirstCall) {
      return accounts
          .findExternal(token.getIssuer(), token.getSubject())
          .orElseThrow(() -> lostTheRaceToAnotherFirstCall);
    }
  }
}
