package org.haven.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where a console whose session timed out sends the browser: the session is gone, but the sign-on
 * cookie is not, so this ends it too and then shows the sign-in page saying why. A plain servlet,
 * outside Vaadin, so that signing out never races a Vaadin request of the same session.
 */
@WebServlet(IdleSignOut.PATH)
public class IdleSignOut extends HttpServlet {

  static final String PATH = "/signed-out";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/login?expired");
  }
}
