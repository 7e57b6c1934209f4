package org.haven.api.prompt;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.api.problem.QueryNumber;
import org.haven.api.screening.PersonLocale;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.support.SupportMessage;
import org.haven.crisis.support.SupportTexts;
import org.haven.prompt.Prompts;

/** Prompts that fit what the caller's recent entries show. */
@Path("/prompts")
@RequestScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "prompts")
public class PromptsResource {

  static final int MAX_LIMIT = 5;

  @Inject Prompts prompts;

  @Inject CallerAccount caller;

  @Inject SupportTexts supportTexts;

  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "Journaling prompts for the caller's recent emotions and patterns (deterministic; the"
              + " same all day)")
  public OfferView offer(@QueryParam("limit") String limit, @QueryParam("locale") String locale) {
    Prompts.Offer offer =
        prompts.offer(caller.id(), QueryNumber.within(limit, "limit", 3, 1, MAX_LIMIT));
    // After a HIGH entry the person also gets the crisis lines and safety-plan steps again.
    SupportMessage support =
        offer.crisisSafeOnly()
            ? supportTexts
                .compose(RiskLevel.HIGH, PersonLocale.of(locale, headers), false)
                .orElse(null)
            : null;
    return new OfferView(
        offer.suggestions().stream()
            .map(
                s ->
                    new PromptView(
                        s.prompt().id(), s.prompt().text(), s.prompt().technique(), s.why()))
            .toList(),
        offer.entriesRead(),
        offer.crisisSafeOnly(),
        support,
        "template",
        offer.library());
  }

  /**
   * The prompts, how many recent entries they rest on, whether only crisis-safe prompts were
   * considered (and then the crisis lines and safety plan for the person's country), how they were
   * worded ({@code template} until LLM wording is built) and the library version.
   */
  public record OfferView(
      List<PromptView> prompts,
      long entriesRead,
      boolean crisisSafeOnly,
      SupportMessage support,
      String wording,
      String library) {}

  /** One prompt and why it was chosen ({@code pattern:...}, {@code emotion:...}). */
  public record PromptView(String id, String text, String technique, List<String> why) {}
}
