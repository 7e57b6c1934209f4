package org.haven.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.haven.account.UsernameTakenException;

/** A username another account already uses: 409, naming the field. */
@Provider
public class AccountProblems implements ExceptionMapper<UsernameTakenException> {

  @Override
  public Response toResponse(UsernameTakenException e) {
    return Problem.of(ProblemType.CONFLICT, e.getMessage())
        .withErrors(List.of(new Problem.FieldError("username", e.getMessage())))
        .toResponse();
  }
}
