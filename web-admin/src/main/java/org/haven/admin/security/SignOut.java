package org.haven.admin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletException;

/** Ends the console session: redirect first, then log out, then drop the Vaadin session if any. */
public final class SignOut {

  private SignOut() {}

  public static void now() {
    var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    UI.getCurrent().getPage().setLocation(request.getContextPath() + "/login");
    try {
      request.logout();
    } catch (ServletException e) {
      throw new IllegalStateException("Sign-out failed", e);
    }
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.getSession().invalidate();
    }
  }
}
