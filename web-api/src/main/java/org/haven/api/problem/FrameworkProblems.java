package org.haven.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures raised by the JAX-RS runtime or by nothing we foresaw. Their messages may quote the
 * request body, which may be someone's journal, so none of them is ever passed on or logged.
 */
public final class FrameworkProblems {

  private static final Logger LOG = Logger.getLogger(FrameworkProblems.class.getName());

  private FrameworkProblems() {}

  @Provider
  public static class HttpStatus implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (Problem.MEDIA_TYPE.equals(String.valueOf(e.getResponse().getMediaType()))) {
        return e.getResponse();
      }
      if (e.getCause() instanceof JsonbException) {
        return unreadableBody();
      }
      ProblemType type = ProblemType.forStatus(status);
      return Response.fromResponse(Problem.of(type, null).toResponse()).status(status).build();
    }
  }

  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadableBody();
    }
  }

  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadableBody();
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      String incident = UUID.randomUUID().toString();
      // The message is left out on purpose: it may quote the request. Type and place suffice to
      // debug.
      StackTraceElement[] frames = e.getStackTrace();
      String where = frames.length > 0 ? frames[0].toString() : "unknown";
      LOG.log(
          Level.SEVERE,
          "Unexpected failure, incident {0}: {1} at {2}",
          new Object[] {incident, e.getClass().getName(), where});
      return Problem.of(
              ProblemType.INTERNAL, "Quote incident " + incident + " if you contact support")
          .toResponse();
    }
  }

  static Response unreadableBody() {
    return Problem.of(
            ProblemType.MALFORMED_BODY,
            "The body must be JSON with the fields and types this resource documents")
        .toResponse();
  }
}
