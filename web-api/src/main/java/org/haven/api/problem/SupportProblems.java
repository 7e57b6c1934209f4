package org.haven.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.support.ingestion.UnsupportedDocument;

/** 415: a knowledge document Haven cannot read. */
@Provider
public class SupportProblems implements ExceptionMapper<UnsupportedDocument> {
  @Override
  public Response toResponse(UnsupportedDocument e) {
    return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage()).toResponse();
  }
}
