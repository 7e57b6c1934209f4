package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.models.ModelRegistry;
import org.haven.models.ModelUpload;
import org.haven.models.ModelView;
import org.haven.shared.DomainRuleViolation;
import org.haven.shared.Require;

/** The model registry: versions, their state and checksums; register, activate, roll back. */
@Path("/admin/models")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class ModelsResource {

  @Inject ModelRegistry registry;

  @Inject JsonWebToken caller;

  @GET
  @Operation(summary = "Every registered model version, newest first per model")
  public List<ModelView> list() {
    return registry.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a version (STAGED); its bytes must match the SHA-256 it declares")
  public Response register(UploadBody body) {
    if (body == null) {
      throw new DomainRuleViolation("body", "a JSON body describing the model is required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(registry.register(body.toUpload()))
        .build();
  }

  @POST
  @Path("/{name}/{version}/activation")
  @Operation(
      summary = "Serve this version; on refusal the serving version stays and the reason is given")
  public ModelView activate(@PathParam("name") String name, @PathParam("version") String version) {
    return registry.activate(name, version, caller.getSubject());
  }

  @POST
  @Path("/{name}/rollback")
  @Operation(summary = "Serve the version that was active before the current one")
  public ModelView rollback(@PathParam("name") String name) {
    return registry.rollback(name, caller.getSubject());
  }

  /** A version to register: the ONNX graph in base64, its metadata and model card. */
  public record UploadBody(
      String name,
      String version,
      String task,
      String onnx,
      JsonObject metadata,
      String modelCard) {

    ModelUpload toUpload() {
      byte[] graph;
      try {
        graph = Base64.getDecoder().decode(Require.text("onnx", onnx, Integer.MAX_VALUE));
      } catch (IllegalArgumentException e) {
        throw new DomainRuleViolation("onnx", "onnx must be the graph in base64");
      }
      if (metadata == null) {
        throw new DomainRuleViolation("metadata", "metadata is required");
      }
      return new ModelUpload(
          Require.text("name", name, ModelUpload.MAX_NAME),
          Require.text("version", version, ModelUpload.MAX_NAME),
          Require.text("task", task, ModelUpload.MAX_TASK),
          graph,
          metadata.toString(),
          modelCard == null ? "" : modelCard);
    }
  }
}
