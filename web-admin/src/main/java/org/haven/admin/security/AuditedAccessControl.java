package org.haven.admin.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.control.StaffSignIn;

/**
 * Vaadin's navigation access control (each view's {@code @RolesAllowed}, checked on the server),
 * which also audits a signed-in member of the care team reaching for a view their roles do not
 * open, by link or by typing its address.
 */
final class AuditedAccessControl extends NavigationAccessControl {

  private final AuditLog audit;
  private final StaffSignIn staffNames;

  AuditedAccessControl(AuditLog audit, StaffSignIn staffNames) {
    this.audit = audit;
    this.staffNames = staffNames;
    setLoginView(LoginView.class);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var request = VaadinServletRequest.getCurrent();
    if (request != null && request.getUserPrincipal() != null) {
      var context =
          createNavigationContext(
              event.getNavigationTarget(),
              event.getLocation().getPath(),
              VaadinService.getCurrent(),
              request);
      if (checkAccess(context, false).decision() == AccessCheckDecision.DENY) {
        audit.recordAlone(
            staffNames.auditNameOf(request.getUserPrincipal().getName()),
            AuditAction.CONSOLE_ACCESS_REFUSED,
            "view/" + event.getLocation().getFirstSegment());
      }
    }
    super.beforeEnter(event);
  }
}
