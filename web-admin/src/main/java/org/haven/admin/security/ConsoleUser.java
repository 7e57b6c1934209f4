package org.haven.admin.security;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.haven.clinician.ClinicianRole;
import org.haven.crisis.review.Staff;

/** The member of the care team signed in to the current request, with the roles they hold. */
public final class ConsoleUser {

  private ConsoleUser() {}

  public static Staff current() {
    var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    Set<ClinicianRole> roles = EnumSet.noneOf(ClinicianRole.class);
    for (ClinicianRole role : ClinicianRole.values()) {
      if (request.isUserInRole(role.name())) {
        roles.add(role);
      }
    }
    return new Staff(request.getUserPrincipal().getName(), roles);
  }
}
