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
import org.haven.models.Hardware;
import org.haven.models.HardwareProbe;
import org.haven.models.ModelMemory;
import org.haven.models.ModelPlacement;
import org.haven.models.ModelRegistry;
import org.haven.models.ProviderChoice;
import org.haven.models.ServedModel;

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

  @Inject ModelMemory memory;

  @Inject ModelRegistry registry;

  @GET
  @Operation(summary = "Hardware, execution providers tried and chosen, models loaded and where")
  public SystemView system() {
    return new SystemView(
        hardware.hardware(), placement.choiceOrCpu(), registry.served(), memory());
  }

  private ModelMemoryView memory() {
    return new ModelMemoryView(memory.budgetBytes(), memory.loadedBytes());
  }

  /** The report: the machine, where models run, each model served, and the memory they take. */
  public record SystemView(
      Hardware hardware,
      ProviderChoice providers,
      List<ServedModel> models,
      ModelMemoryView modelMemory) {}

  /** The model memory budget and how much of it the loaded models take, in bytes. */
  public record ModelMemoryView(long budgetBytes, long loadedBytes) {}
}
