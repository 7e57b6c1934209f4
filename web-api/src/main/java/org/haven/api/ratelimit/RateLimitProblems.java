package org.haven.api.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.platform.ratelimit.RateLimitExceededException;

/** An empty bucket: 429, with Retry-After in seconds in the header and the problem body. */
@Provider
public class RateLimitProblems implements ExceptionMapper<RateLimitExceededException> {

  @Override
  public Response toResponse(RateLimitExceededException e) {
    long seconds = e.retryAfterSeconds();
    return Response.fromResponse(
            Problem.of(ProblemType.TOO_MANY_REQUESTS, "Try again in " + seconds + " seconds")
                .toResponse())
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }
}
