package org.haven.admin.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.AuditLog;
import org.haven.clinician.control.StaffSignIn;

/**
 * Checks every navigation against the view's {@code @RolesAllowed}/{@code @AnonymousAllowed}
 * annotations, on the server, audits refusals and sends anonymous visitors to the login view. An
 * idle console session ends after the configured timeout: the browser then lands on the login.
 */
@ApplicationScoped
public class NavigationGuard {

  @Inject AuditLog audit;

  @Inject StaffSignIn staffNames;

  @Inject
  @ConfigProperty(name = "haven.console.session-timeout", defaultValue = "PT15M")
  Duration sessionTimeout;

  void install(@Observes ServiceInitEvent event) {
    AuditedAccessControl accessControl = new AuditedAccessControl(audit, staffNames);
    String contextPath =
        ((VaadinServletService) event.getSource())
            .getServlet()
            .getServletContext()
            .getContextPath();
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(accessControl));
    event
        .getSource()
        .setSystemMessagesProvider(
            info -> {
              CustomizedSystemMessages messages = new CustomizedSystemMessages();
              messages.setSessionExpiredNotificationEnabled(false);
              messages.setSessionExpiredURL(contextPath + SignedOut.PATH);
              return messages;
            });
    event
        .getSource()
        .addSessionInitListener(
            init ->
                init.getSession()
                    .getSession()
                    .setMaxInactiveInterval((int) sessionTimeout.toSeconds()));
  }
}
