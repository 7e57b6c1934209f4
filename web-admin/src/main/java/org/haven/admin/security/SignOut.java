package org.haven.admin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

/** Ends the console session the way an idle timeout does: through {@link SignedOut}. */
public final class SignOut {

  private SignOut() {}

  public static void now() {
    String contextPath = VaadinServletRequest.getCurrent().getHttpServletRequest().getContextPath();
    UI.getCurrent().getPage().setLocation(contextPath + SignedOut.PATH + "?" + SignedOut.BY_YOU);
  }
}
