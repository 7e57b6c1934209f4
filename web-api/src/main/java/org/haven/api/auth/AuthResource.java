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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.account.Account;
import org.haven.account.Credentials;
import org.haven.account.control.Accounts;
import org.haven.api.auth.AuthRequests.AccountView;
import org.haven.api.auth.AuthRequests.CredentialsBody;
import org.haven.api.auth.AuthRequests.TokenView;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.Clinician;
import org.haven.clinician.control.StaffSignIn;
import org.haven.platform.ratelimit.RateClass;
import org.haven.platform.ratelimit.RateLimits;
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

  @Inject StaffSignIn staff;

  @Inject AuditLog audit;

  @Inject RateLimits limits;

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
    Credentials credentials = required(body).toCredentials();
    limits.spend(RateClass.AUTH_USERNAME, credentials.username());
    Optional<Account> account = accounts.authenticate(credentials);
    if (account.isEmpty()) {
      String who =
          accounts
              .idOf(credentials.username())
              .map(id -> "account/" + id)
              .orElse("account/unknown");
      audit.recordAlone("anonymous", AuditAction.LOGIN_FAILED, who);
      return invalidCredentials();
    }
    String who = "account/" + account.get().id();
    audit.record(who, AuditAction.LOGIN_SUCCEEDED, who);
    return issued(tokens.issueFor(account.get()));
  }

  @POST
  @Path("/staff-token")
  @Operation(summary = "A bearer token for a member of the care team, carrying their roles")
  public Response staffToken(CredentialsBody body) {
    requireIssuer();
    Credentials credentials = required(body).toCredentials();
    limits.spend(RateClass.AUTH_USERNAME, "staff:" + credentials.username());
    Optional<Clinician> clinician =
        staff.authenticate(credentials.username(), credentials.password());
    if (clinician.isEmpty()) {
      audit.recordAlone(
          "anonymous", AuditAction.STAFF_LOGIN_FAILED, staff.auditNameOf(credentials.username()));
      return invalidCredentials();
    }
    String who = TokenIssuer.STAFF_SUBJECT_PREFIX + clinician.get().id();
    audit.record(who, AuditAction.STAFF_LOGIN_SUCCEEDED, who);
    return issued(tokens.issueFor(clinician.get()));
  }

  private static Response issued(TokenIssuer.IssuedToken token) {
    return Response.ok(new TokenView(token.value(), "Bearer", token.expiresInSeconds())).build();
  }

  private static Response invalidCredentials() {
    return Problem.of(
            ProblemType.INVALID_CREDENTIALS, "Check the username and password and try again")
        .toResponse();
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
