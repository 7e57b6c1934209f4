package org.haven.api.entry;

import jakarta.ws.rs.WebApplicationException;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.shared.DomainRuleViolation;

/**
 * The version a client claims to be changing, from If-Match (the entry's ETag, {@code "3"}) or from
 * {@code version} in the body. One of them is required: a blind overwrite could lose words.
 */
final class ExpectedVersion {

  private ExpectedVersion() {}

  static long from(String ifMatch, Long bodyVersion) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      return parse(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
    }
    if (bodyVersion != null) {
      return bodyVersion;
    }
    throw new WebApplicationException(
        Problem.of(
                ProblemType.PRECONDITION_REQUIRED,
                "Send If-Match with the entry's ETag, or its version")
            .toResponse());
  }

  private static long parse(String tag) {
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new DomainRuleViolation("If-Match", "If-Match must be an ETag this server handed out");
    }
  }
}
