package org.haven.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.crisis.screening.CrisisScreener;
import org.haven.models.Hardware;
import org.haven.models.HardwareProbe;
import org.haven.models.ModelPlacement;
import org.haven.models.ProviderChoice;

/** The machine, the execution provider models run on (and those tried), and the loaded models. */
@Path("/admin/system")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class SystemResource {

  @Inject HardwareProbe hardware;

  @Inject ModelPlacement placement;

  @Inject CrisisScreener screener;

  @GET
  @Operation(summary = "Hardware, execution providers tried and chosen, models loaded and where")
  public SystemView system() {
    return new SystemView(
        hardware.hardware(), placement.choice(), screener.modelPlacement().stream().toList());
  }

  /** The report: models are {@code name@version on PROVIDER}. */
  public record SystemView(Hardware hardware, ProviderChoice providers, List<String> models) {}
}
