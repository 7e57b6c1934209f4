package org.haven.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where the browser goes to sign out: from the sign-out button ({@code ?by=you}), and when the
 * console's session timed out (Vaadin's session-expired address). The session may be gone, but the
 * sign-on cookie is not, so this ends both and then shows the sign-in page, saying why after a
 * timeout. A plain servlet, outside Vaadin, so that ending a session never races a Vaadin request
 * of the same session. The browser also forgets the session's id ({@link SessionCookie}).
 */
@WebServlet(SignedOut.PATH)
public class SignedOut extends HttpServlet {

  static final String PATH = "/signed-out";

  /** The query that marks a sign-out the person asked for, which needs no explanation. */
  static final String BY_YOU = "by=you";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SessionCookie.forget(request, response);
    boolean asked = BY_YOU.equals(request.getQueryString());
    response.sendRedirect(request.getContextPath() + (asked ? "/login" : "/login?expired"));
  }
}
