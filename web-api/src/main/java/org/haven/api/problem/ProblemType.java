package org.haven.api.problem;

/**
 * Every kind of problem the API reports, with its status and a human title. Listed in docs/api.md.
 */
public enum ProblemType {
  VALIDATION("validation", 400, "The request is not valid"),
  MALFORMED_BODY("malformed-body", 400, "The request body could not be read"),
  UNAUTHENTICATED("unauthenticated", 401, "Authentication is required"),
  INVALID_CREDENTIALS("invalid-credentials", 401, "Username or password is wrong"),
  FORBIDDEN("forbidden", 403, "Not allowed"),
  NOT_FOUND("not-found", 404, "Not found"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
  CONFLICT("conflict", 409, "Conflict"),
  PRECONDITION_FAILED("precondition-failed", 412, "The entry changed since you read it"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests; try again later"),
  PRECONDITION_REQUIRED("precondition-required", 428, "Say which version you are changing"),
  FEATURE_DISABLED("feature-disabled", 404, "This feature is switched off on this server"),
  INTERNAL("internal", 500, "Something went wrong on our side");

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public String slug() {
    return slug;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The problem type a bare HTTP status stands for, when the framework reports only a status. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> MALFORMED_BODY;
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 500 ? INTERNAL : VALIDATION;
    };
  }
}
