package org.haven.api.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.account.Account;
import org.haven.account.control.Accounts;
import org.haven.api.auth.AuthRequests.AccountView;
import org.haven.api.auth.AuthRequests.CredentialsBody;
import org.haven.api.auth.AuthRequests.TokenView;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.shared.DomainRuleViolation;

/** Registration and password sign-in for the built-in token issuer. */
@Path("/auth")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

  @Inject Accounts accounts;

  @Inject TokenIssuer tokens;

  @Inject AuthSettings settings;

  @POST
  @Path("/register")
  @Operation(summary = "Create an account")
  public Response register(CredentialsBody body) {
    requireIssuer();
    Account account = accounts.register(required(body).toCredentials());
    return Response.status(Response.Status.CREATED)
        .entity(new AccountView(account.id(), account.username()))
        .build();
  }

  @POST
  @Path("/token")
  @Operation(summary = "Exchange a username and password for a bearer token")
  public Response token(CredentialsBody body) {
    requireIssuer();
    return accounts
        .authenticate(required(body).toCredentials())
        .map(tokens::issueFor)
        .map(t -> Response.ok(new TokenView(t.value(), "Bearer", t.expiresInSeconds())).build())
        .orElseGet(
            () ->
                Problem.of(
                        ProblemType.INVALID_CREDENTIALS,
                        "Check the username and password and try again")
                    .toResponse());
  }

  private void requireIssuer() {
    if (!settings.issuerEnabled()) {
      throw new jakarta.ws.rs.WebApplicationException(
          Problem.of(
                  ProblemType.FEATURE_DISABLED,
                  "Accounts and tokens come from your identity provider")
              .toResponse());
    }
  }

  private static CredentialsBody required(CredentialsBody body) {
    if (body == null) {
      throw new DomainRuleViolation("body", "a JSON body with username and password is required");
    }
    return body;
  }
}
