package org.haven.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.haven.crisis.review.Staff;

/** Gives views the member of the care team whose request created them. */
@ApplicationScoped
public class SignedInStaff {

  @Produces
  @Dependent
  Staff signedIn() {
    return ConsoleUser.current();
  }
}
