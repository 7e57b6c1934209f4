package org.haven.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.haven.shared.DomainRuleViolation;

/** A broken domain rule is the client's to fix: 400, naming the field. */
@Provider
public class DomainProblems implements ExceptionMapper<DomainRuleViolation> {

  @Override
  public Response toResponse(DomainRuleViolation violation) {
    return Problem.of(ProblemType.VALIDATION, violation.getMessage())
        .withErrors(List.of(new Problem.FieldError(violation.field(), violation.getMessage())))
        .toResponse();
  }
}
