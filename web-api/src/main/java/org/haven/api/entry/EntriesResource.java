package org.haven.api.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.api.screening.PersonLocale;
import org.haven.api.screening.ScreeningView;
import org.haven.api.support.SupportView;
import org.haven.crisis.support.SupportTexts;
import org.haven.emotion.EmotionRecords;
import org.haven.entry.EntryNotFoundException;
import org.haven.entry.JournalEntry;
import org.haven.entry.control.EntryIntake;
import org.haven.entry.control.EntryIntake.Written;
import org.haven.entry.control.EntryPage;
import org.haven.entry.control.Journal;
import org.haven.entry.control.JournalSearch;
import org.haven.entry.control.PageCursor;
import org.haven.shared.DomainRuleViolation;

/** The caller's own journal. Ids of other people's entries answer 404, exactly like unknown ids. */
@Path("/entries")
@RequestScoped
@RolesAllowed(Roles.USER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "entries")
public class EntriesResource {

  @Inject Journal journal;

  @Inject JournalSearch search;

  @Inject EmotionRecords emotions;

  @Inject EntryIntake intake;

  @Inject SupportTexts supportTexts;

  @Context HttpHeaders headers;

  @Inject CallerAccount caller;

  @Context UriInfo uri;

  @POST
  @Operation(summary = "Write an entry")
  public Response write(EntryBody body) {
    EntryBody draft = required(body);
    Written written =
        intake.write(owner(), draft.toDraft(), PersonLocale.of(draft.locale(), headers));
    URI location = uri.getAbsolutePathBuilder().path(written.entry().id().toString()).build();
    return withScreening(Response.created(location), written, draft.locale());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one entry")
  public Response read(@PathParam("id") String id) {
    JournalEntry entry = journal.find(owner(), entryId(id));
    return Response.ok(
            EntryView.withEmotions(
                entry, emotions.profileOf(entry.id()).map(EntriesResource::jsonObject)))
        .tag(new EntityTag(Long.toString(entry.version())))
        .build();
  }

  @GET
  @Path("/{id}/emotions")
  @Operation(
      summary = "The entry's emotion profile: scores, intensity bands, valence, arousal, sentences")
  public Response emotions(@PathParam("id") String id) {
    JournalEntry entry = journal.find(owner(), entryId(id));
    return emotions
        .profileOf(entry.id())
        .map(profile -> Response.ok(profile, MediaType.APPLICATION_JSON).build())
        .orElseThrow(
            () ->
                new WebApplicationException(
                    Problem.of(
                            ProblemType.NOT_FOUND,
                            "This entry has no emotion profile: emotion analysis was unavailable"
                                + " when it was written")
                        .toResponse()));
  }

  private static JsonObject jsonObject(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @GET
  @Operation(
      summary = "List entries, newest first, a page at a time; with q, only those with every word")
  public EntryPageView list(
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("q") String q) {
    int size = limit == null ? EntryPage.DEFAULT_LIMIT : parseLimit(limit);
    Optional<PageCursor> after =
        Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(PageCursor::decode);
    return EntryPageView.of(
        q == null ? journal.page(owner(), after, size) : search.search(owner(), q, after, size));
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Revise an entry; send If-Match with its ETag, or its version in the body")
  public Response revise(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      EntryBody body) {
    EntryBody revision = required(body);
    long expected = ExpectedVersion.from(ifMatch, revision.version());
    Written written =
        intake.revise(
            owner(),
            entryId(id),
            expected,
            revision.toDraft(),
            PersonLocale.of(revision.locale(), headers));
    return withScreening(Response.ok(), written, revision.locale());
  }

  @PATCH
  @Path("/{id}/favorite")
  @Operation(summary = "Mark or unmark an entry as a favourite")
  public Response favorite(@PathParam("id") String id, FavoriteBody body) {
    if (body == null || body.favorite() == null) {
      throw new DomainRuleViolation("favorite", "favorite must be true or false");
    }
    return withTag(Response.ok(), journal.markFavorite(owner(), entryId(id), body.favorite()));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete an entry")
  public Response delete(@PathParam("id") String id) {
    journal.delete(owner(), entryId(id));
    return Response.noContent().build();
  }

  private UUID owner() {
    return caller.id();
  }

  /** The entry with its screening and, from MODERATE up, support for the person. */
  private Response withScreening(
      Response.ResponseBuilder response, Written written, String locale) {
    var support =
        supportTexts.compose(
            written.assessment().level(),
            PersonLocale.of(locale, headers),
            written.sentToCareTeam());
    JournalEntry entry = written.entry();
    EntryView view =
        EntryView.written(
            entry,
            ScreeningView.of(written.assessment()),
            SupportView.of(written.support().orElse(null), support.orElse(null)));
    return response.entity(view).tag(new EntityTag(Long.toString(entry.version()))).build();
  }

  private static Response withTag(Response.ResponseBuilder response, JournalEntry entry) {
    return response
        .entity(EntryView.of(entry))
        .tag(new EntityTag(Long.toString(entry.version())))
        .build();
  }

  private static UUID entryId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new EntryNotFoundException(null);
    }
  }

  private static int parseLimit(String limit) {
    try {
      return Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      throw new DomainRuleViolation("limit", "limit must be a whole number");
    }
  }

  private static EntryBody required(EntryBody body) {
    if (body == null) {
      throw new DomainRuleViolation("body", "a JSON body is required");
    }
    return body;
  }
}
