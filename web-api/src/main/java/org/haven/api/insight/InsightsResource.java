package org.haven.api.insight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.insight.Insights;
import org.haven.insight.Period;
import org.haven.insight.WritingSummary;
import org.haven.shared.DomainRuleViolation;

/** Insights into the caller's own entries; days are counted in the time zone {@code tz}. */
@Path("/insights")
@RequestScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "insights")
public class InsightsResource {

  @Inject Insights insights;

  @Inject CallerAccount caller;

  @GET
  @Path("/summary")
  @Operation(summary = "Entries, words, days written on, current and longest streak")
  public WritingSummary summary(@QueryParam("tz") String tz) {
    return insights.summary(caller.id(), zone(tz));
  }

  @GET
  @Path("/trends")
  @Operation(summary = "Mood, valence, words and dominant emotions by day, week or month")
  public Insights.TrendList trends(@QueryParam("by") String by, @QueryParam("tz") String tz) {
    return insights.trends(caller.id(), period(by), zone(tz));
  }

  @GET
  @Path("/tags")
  @Operation(
      summary =
          "Tags by use, and mean mood on days with and without each once both have enough days")
  public Insights.TagList tags(@QueryParam("tz") String tz) {
    return insights.tags(caller.id(), zone(tz));
  }

  /**
   * A named zone. Fixed offsets such as +02:00 are refused: PostgreSQL reads their sign the other
   * way round (POSIX), so they would shift every day by twice the offset.
   */
  private static ZoneId zone(String tz) {
    try {
      ZoneId zone = tz == null ? ZoneOffset.UTC : ZoneId.of(tz);
      if (zone.normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() != 0) {
        throw new DateTimeException("a fixed offset");
      }
      return zone;
    } catch (DateTimeException e) {
      throw new DomainRuleViolation(
          "tz", "tz must be a named time zone such as Europe/London or UTC");
    }
  }

  private static Period period(String by) {
    try {
      return by == null ? Period.DAY : Period.of(by);
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation("by", "by must be day, week or month");
    }
  }
}
