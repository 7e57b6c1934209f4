package org.haven.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.privacy.AccountDeletion;
import org.haven.privacy.DataExports;
import org.haven.privacy.ExportFormat;
import org.haven.privacy.ExportStatus;
import org.haven.shared.DomainRuleViolation;

/** Take all of one's data away, or delete it. */
@Path("/me")
@RequestScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "me")
public class MeResource {

  @Inject CallerAccount caller;

  @Inject DataExports exports;

  @Inject AccountDeletion deletion;

  @Context UriInfo uri;

  @POST
  @Path("/export")
  @Operation(
      summary =
          "Start an export of all of one's data (JSON and CSV); poll its status, then download")
  public Response export() {
    ExportStatus status = exports.request(caller.id());
    return Response.accepted(status)
        .location(uri.getBaseUriBuilder().path("me/exports/{id}").build(status.id()))
        .build();
  }

  @GET
  @Path("/exports/{id}")
  @Operation(summary = "Whether an export is ready, and until when it can be downloaded")
  public ExportStatus export(@PathParam("id") String id) {
    return exports.status(caller.id(), exportId(id)).orElseThrow(MeResource::noSuchExport);
  }

  @GET
  @Path("/exports/{id}/download")
  @Produces({"application/json", "text/csv"})
  @Operation(summary = "The export as JSON (format=json, the default) or CSV (format=csv)")
  public Response download(@PathParam("id") String id, @QueryParam("format") String format) {
    ExportFormat as = format(format);
    UUID exportId = exportId(id);
    ExportStatus status =
        exports.status(caller.id(), exportId).orElseThrow(MeResource::noSuchExport);
    if (!status.ready()) {
      throw new WebApplicationException(
          Problem.of(ProblemType.CONFLICT, "The export is still being made; try again shortly")
              .toResponse());
    }
    byte[] data = exports.download(caller.id(), exportId, as).orElseThrow(MeResource::noSuchExport);
    return Response.ok(data, as.mediaType() + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + as.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Operation(summary = "Delete one's account and all its data, for good")
  public Response delete() {
    deletion.delete(caller.id());
    return Response.noContent().build();
  }

  private static ExportFormat format(String format) {
    try {
      return format == null ? ExportFormat.JSON : ExportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation("format", "format must be json or csv");
    }
  }

  private static UUID exportId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw noSuchExport();
    }
  }

  private static WebApplicationException noSuchExport() {
    return new WebApplicationException(
        Problem.of(ProblemType.NOT_FOUND, "No such export, or it has expired").toResponse());
  }
}
