package org.haven.api.ratelimit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.haven.platform.ratelimit.RateClass;
import org.haven.platform.ratelimit.RateLimits;

/**
 * Spends a token per request: from the client address's bucket (the stricter sign-in bucket on
 * {@code /auth}), then from the account's. Runs after authentication so the account is known, and
 * before any resource does work.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject RateLimits limits;

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    String address = request.getRemoteAddr();
    boolean signIn = context.getUriInfo().getPath().startsWith("/auth");
    limits.spend(signIn ? RateClass.AUTH_ADDRESS : RateClass.API_ADDRESS, address);
    if (context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
      limits.spend(RateClass.API_ACCOUNT, token.getSubject());
    }
  }
}
