package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.clinician.Clinician;
import org.haven.clinician.ClinicianRole;
import org.haven.clinician.control.StaffDirectory;
import org.haven.shared.DomainRuleViolation;

/** The care team who sign in to the console: list who works cases, enrol a new member. */
@Path("/admin/staff")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class StaffResource {

  @Inject StaffDirectory staff;

  @Inject JsonWebToken caller;

  /** A member of the care team as the API shows them: never the password hash. */
  public record StaffView(
      String id, String username, String displayName, Set<ClinicianRole> roles) {
    static StaffView of(Clinician c) {
      return new StaffView(c.id().toString(), c.username(), c.displayName(), c.roles());
    }
  }

  /** A new member: username, display name, an initial password of 12 characters or more, roles. */
  public record Enrolment(
      String username, String displayName, String password, List<String> roles) {}

  @GET
  @Operation(summary = "Everyone who works cases (clinicians and supervisors)")
  public List<StaffView> caseWorkers() {
    return staff.caseWorkers().stream().map(StaffView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enrol a member of the care team")
  public Response enrol(Enrolment body) {
    if (body == null || body.roles() == null || body.roles().isEmpty()) {
      throw new DomainRuleViolation("roles", "Give at least one role");
    }
    Set<ClinicianRole> roles = EnumSet.noneOf(ClinicianRole.class);
    for (String role : body.roles()) {
      try {
        roles.add(ClinicianRole.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new DomainRuleViolation("roles", "Unknown role " + role);
      }
    }
    Clinician enrolled =
        staff.enrol(
            body.username(), body.displayName(), body.password(), roles, caller.getSubject());
    return Response.status(Response.Status.CREATED).entity(StaffView.of(enrolled)).build();
  }
}
