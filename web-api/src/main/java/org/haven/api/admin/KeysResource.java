package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.platform.crypto.KeyRotation;
import org.haven.platform.crypto.KeySource;
import org.haven.platform.crypto.KeyUsageLedger;
import org.haven.platform.crypto.Keyring;
import org.haven.platform.crypto.Reencryption;

/** Data-key rotation without downtime and the job that moves old data to the new key. */
@Path("/admin/keys")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class KeysResource {

  @Inject Keyring keyring;

  @Inject KeySource source;

  @Inject KeyUsageLedger ledger;

  @Inject KeyRotation rotation;

  @Inject Reencryption reencryption;

  @Inject JsonWebToken caller;

  @GET
  @Operation(summary = "Key ids, the primary, and the re-encryption job's progress")
  public KeyringView keys() {
    String primary = keyring.primaryKeyId();
    return new KeyringView(
        primary,
        List.copyOf(keyring.keys().keys().keySet()),
        source.managed(),
        ledger.spent(primary),
        reencryption.remaining(),
        reencryption.progress());
  }

  @POST
  @Path("/rotation")
  @Transactional
  @Operation(
      summary = "Make a new key primary; re-encryption of older data starts when this commits")
  public Response rotate() {
    return Response.accepted(rotation.rotate(caller.getSubject())).build();
  }

  @POST
  @Path("/reencryption")
  @Operation(summary = "Start (or resume) moving every sealed value to the primary key")
  public Response reencrypt() {
    return Response.accepted(reencryption.start()).build();
  }
}
