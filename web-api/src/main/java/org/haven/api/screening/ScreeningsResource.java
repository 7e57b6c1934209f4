package org.haven.api.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.crisis.Assessment;
import org.haven.crisis.screening.RepeatScreenings;
import org.haven.crisis.support.SupportTexts;
import org.haven.entry.EntryDraft;
import org.haven.shared.Require;

/** Assesses a text without storing it, for apps that check before sending. Nothing is queued. */
@Path("/screenings")
@RequestScoped
@RolesAllowed(Roles.USER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "screenings")
public class ScreeningsResource {

  @Inject RepeatScreenings screener;

  @Inject SupportTexts support;

  @Context HttpHeaders headers;

  @POST
  @Operation(summary = "Assess a text for crisis risk without storing it")
  public ScreeningReport assess(ScreeningRequest request) {
    String text =
        Require.text(
            "text", request == null ? null : request.text(), EntryDraft.MAX_CONTENT_LENGTH);
    Assessment assessment = screener.assess(text);
    var message =
        support
            .compose(assessment.level(), PersonLocale.of(request.locale(), headers), false)
            .orElse(null);
    return ScreeningReport.of(assessment, message);
  }
}
