package org.haven.crisis.review;

import java.util.Set;
import org.haven.clinician.ClinicianRole;

/** A signed-in member of the care team acting on cases, as the console knows them. */
public record Staff(String username, Set<ClinicianRole> roles) {

  public Staff {
    roles = Set.copyOf(roles);
  }

  public boolean supervises() {
    return roles.contains(ClinicianRole.SUPERVISOR);
  }
}
