package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.api.problem.QueryNumber;
import org.haven.job.JobState;
import org.haven.job.JobView;
import org.haven.job.Jobs;
import org.haven.shared.DomainRuleViolation;

/** The background job queue: list, and retry or cancel a job. */
@Path("/admin/jobs")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class JobsResource {

  static final int MAX_LIST = 500;

  @Inject Jobs jobs;

  @GET
  @Operation(summary = "The newest jobs (up to limit, default 100), in one state or all")
  public List<JobView> list(@QueryParam("state") String state, @QueryParam("limit") String limit) {
    return jobs.list(
        Optional.ofNullable(state).map(JobsResource::state),
        QueryNumber.within(limit, "limit", 100, 1, MAX_LIST));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One job: state, attempts, progress and last error")
  public JobView find(@PathParam("id") String id) {
    return jobs.find(id(id)).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("/{id}/retry")
  @Operation(
      summary = "Queue a dead or cancelled job again, with fresh attempts, from its checkpoint")
  public JobView retry(@PathParam("id") String id) {
    UUID job = id(id);
    if (!jobs.retry(job)) {
      throw conflict(job, "only a dead or cancelled job can be retried");
    }
    return find(id);
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(summary = "Cancel a waiting job, or stop a running one after its current step")
  public JobView cancel(@PathParam("id") String id) {
    UUID job = id(id);
    if (!jobs.cancel(job)) {
      throw conflict(job, "only a queued or running job can be cancelled");
    }
    return find(id);
  }

  private WebApplicationException conflict(UUID id, String why) {
    if (jobs.find(id).isEmpty()) {
      return notFound(id.toString());
    }
    return new WebApplicationException(Problem.of(ProblemType.CONFLICT, why).toResponse());
  }

  private static WebApplicationException notFound(String id) {
    return new WebApplicationException(
        Problem.of(ProblemType.NOT_FOUND, "No job " + id).toResponse());
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound(id);
    }
  }

  private static JobState state(String state) {
    try {
      return JobState.valueOf(state);
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          "state", "state must be one of " + Arrays.toString(JobState.values()));
    }
  }
}
