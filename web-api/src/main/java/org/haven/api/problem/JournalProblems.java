package org.haven.api.problem;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.entry.EntryNotFoundException;
import org.haven.entry.EntryVersionConflict;

/** The journal's own failures: unknown entries and stale edits. */
public final class JournalProblems {

  private JournalProblems() {}

  @Provider
  public static class NotFound implements ExceptionMapper<EntryNotFoundException> {
    @Override
    public Response toResponse(EntryNotFoundException e) {
      return Problem.of(ProblemType.NOT_FOUND, "There is no such entry in your journal")
          .toResponse();
    }
  }

  @Provider
  public static class StaleVersion implements ExceptionMapper<EntryVersionConflict> {
    @Override
    public Response toResponse(EntryVersionConflict e) {
      return Response.fromResponse(
              Problem.of(
                      ProblemType.PRECONDITION_FAILED,
                      "Read the entry again, then apply your change")
                  .toResponse())
          .tag(new EntityTag(Long.toString(e.currentVersion())))
          .build();
    }
  }
}
