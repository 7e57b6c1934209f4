package org.haven.api.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.auth.CallerAccount;
import org.haven.api.problem.QueryNumber;
import org.haven.entry.control.Journal;
import org.haven.entry.search.MeaningSearch;
import org.haven.shared.DomainRuleViolation;

/** Search over the caller's own entries by meaning rather than words. */
@Path("/entries/search")
@RequestScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "entries")
public class EntrySearchResource {

  static final int MAX_QUERY = 500;
  static final int MAX_LIMIT = 50;

  @Inject MeaningSearch search;

  @Inject Journal journal;

  @Inject CallerAccount caller;

  @GET
  @Operation(
      summary =
          "The caller's entries closest in meaning to q, closest first (entries written in the"
              + " last seconds may not be searchable yet)")
  public SearchView search(@QueryParam("q") String q, @QueryParam("limit") String limit) {
    if (q == null || q.isBlank() || q.length() > MAX_QUERY) {
      throw new DomainRuleViolation("q", "q must hold 1 to " + MAX_QUERY + " characters");
    }
    List<MatchView> matches =
        search.search(caller.id(), q, QueryNumber.within(limit, "limit", 10, 1, MAX_LIMIT)).stream()
            .map(
                m ->
                    new MatchView(
                        EntryView.of(journal.find(caller.id(), m.entryId())), m.similarity()))
            .toList();
    return new SearchView(matches);
  }

  /** The matches, closest first. */
  public record SearchView(List<MatchView> matches) {}

  /** An entry and how close it is in meaning to the query (cosine similarity, -1 to 1). */
  public record MatchView(EntryView entry, double similarity) {}
}
