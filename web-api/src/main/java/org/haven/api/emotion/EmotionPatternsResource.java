package org.haven.api.emotion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.api.problem.QueryNumber;
import org.haven.emotion.EmotionPatterns;

/** Patterns across the caller's own recent entries. */
@Path("/emotions/patterns")
@RequestScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "emotions")
public class EmotionPatternsResource {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 365;

  @Inject EmotionPatterns patterns;

  @Inject CallerAccount caller;

  @GET
  @Operation(
      summary =
          "Rumination, self-criticism, gratitude, numbness, ambivalence and escalation across the"
              + " entries of the last days (default 30), each with the entries that show it")
  public EmotionPatterns.Window recent(@QueryParam("days") String days) {
    return patterns.recent(
        caller.id(), Duration.ofDays(QueryNumber.within(days, "days", DEFAULT_DAYS, 1, MAX_DAYS)));
  }
}
