package org.haven.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets a browser that is not signed in start afresh when its session cookie names a session that a
 * staff member owns. Liberty ties each session to the user who opened it and refuses it to anyone
 * else (SESN0008E), which is right, but the console would answer such a browser with an error page
 * instead of the sign-in page. It happens after a sign-out: the signed-in page, unloading, closes
 * its push connection with a request that still carries the sign-on cookie; when that request
 * arrives after {@link SignedOut} ended the session, it opens a new one in the member's name and
 * hands the browser its id.
 *
 * <p>The session itself is left alone: the browser is told to forget its id and to ask again
 * without one. Nothing of the member's session is ever given to the anonymous browser.
 */
@WebFilter("/*")
public class ForeignSessionFilter extends HttpFilter {

  private static final String LIBERTY_REFUSAL = "UnauthorizedSessionRequestException";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null
        && request.getRequestedSessionId() != null
        && ownedBySomeoneElse(request)) {
      SessionCookie.forget(request, response);
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
      } else {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean ownedBySomeoneElse(HttpServletRequest request) {
    try {
      request.getSession(false);
      return false;
    } catch (RuntimeException refused) {
      if (refused.getClass().getSimpleName().equals(LIBERTY_REFUSAL)) {
        return true;
      }
      throw refused;
    }
  }
}
