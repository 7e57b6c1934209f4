package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.audit.AuditChainCheck;

/** Verification of the audit chain: intact, or the first record that breaks it and why. */
@Path("/admin/audit")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class AuditResource {

  @Inject AuditChainCheck chain;

  @GET
  @Path("/verification")
  @Operation(summary = "Walk the whole audit chain and report the first broken link, if any")
  public AuditVerificationView verify() {
    return AuditVerificationView.of(chain.verify());
  }
}
