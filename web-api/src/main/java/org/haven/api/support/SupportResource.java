package org.haven.api.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.entry.EntryNotFoundException;
import org.haven.entry.control.Journal;
import org.haven.support.Support;
import org.haven.support.control.EntrySupports;
import org.haven.support.control.SupportStreams;

/** The support for one of the caller's entries; other people's entries answer 404. */
@Path("/entries/{id}/support")
@RequestScoped
@RolesAllowed(Roles.USER)
@SecurityRequirement(name = "bearer")
@Tag(name = "support")
public class SupportResource {

  @Inject Journal journal;

  @Inject EntrySupports supports;

  @Inject SupportStreams streams;

  @Inject CallerAccount caller;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "haven.support.stream.max-wait", defaultValue = "PT150S")
  Duration maxWait;

  @Inject
  @ConfigProperty(name = "haven.support.stream.poll-interval", defaultValue = "PT2S")
  Duration pollInterval;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The entry's support: status pending (template shown while the LLM writes) or ready;"
              + " source template or llm")
  public SupportView read(@PathParam("id") String id) {
    return SupportView.of(current(owned(id)));
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Follow the support as it is written: 'text' events carry gated sentences, 'restart'"
              + " drops those sent so far, and 'support' carries the final support and ends the"
              + " stream")
  public void stream(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
    UUID entry = owned(id);
    Support now = current(entry);
    SupportEventStream events = new SupportEventStream(sink, sse);
    if (events.finishedWith(now)) {
      return;
    }
    events.follow(
        streams.follow(entry, events),
        () -> supports.find(entry).orElse(now),
        scheduler,
        pollInterval,
        maxWait);
  }

  private Support current(UUID entry) {
    return supports
        .find(entry)
        .orElseThrow(
            () ->
                new WebApplicationException(
                    Problem.of(ProblemType.NOT_FOUND, "This entry has no support").toResponse()));
  }

  private UUID owned(String id) {
    UUID entry;
    try {
      entry = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new EntryNotFoundException(null);
    }
    journal.find(caller.id(), entry);
    return entry;
  }
}
