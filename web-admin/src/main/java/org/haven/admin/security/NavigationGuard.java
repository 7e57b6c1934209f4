package org.haven.admin.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks every navigation against the view's {@code @RolesAllowed}/{@code @AnonymousAllowed}
 * annotations, on the server, and sends anonymous visitors to the login view.
 */
@ApplicationScoped
public class NavigationGuard {

  void install(@Observes ServiceInitEvent event) {
    NavigationAccessControl accessControl = new NavigationAccessControl();
    accessControl.setLoginView(LoginView.class);
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
  }
}
