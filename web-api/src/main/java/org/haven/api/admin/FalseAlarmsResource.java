package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.problem.QueryNumber;
import org.haven.crisis.review.FalseAlarms;
import org.haven.crisis.review.FalseAlarms.FalseAlarm;

/** What clinicians marked as false alarms, for the screening team to learn from; no text. */
@Path("/admin/false-alarms")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class FalseAlarmsResource {

  @Inject FalseAlarms falseAlarms;

  @GET
  @Operation(summary = "False alarms of the last days: level, concern, reason, rules and models")
  public List<FalseAlarm> recent(@QueryParam("days") String days) {
    return falseAlarms.lastDays(QueryNumber.within(days, "days", 30, 1, 365));
  }
}
