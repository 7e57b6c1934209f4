package org.haven.admin.security;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The browser's session cookie, which a signed-out browser must stop sending. */
final class SessionCookie {

  private static final String SERVLET_DEFAULT_NAME = "JSESSIONID";

  private SessionCookie() {}

  /** Tells the browser to drop its session id, so its next request starts a session of its own. */
  static void forget(HttpServletRequest request, HttpServletResponse response) {
    SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
    Cookie expired =
        new Cookie(config.getName() == null ? SERVLET_DEFAULT_NAME : config.getName(), "");
    expired.setPath(config.getPath() == null ? "/" : config.getPath());
    expired.setMaxAge(0);
    expired.setHttpOnly(true);
    response.addCookie(expired);
  }
}
