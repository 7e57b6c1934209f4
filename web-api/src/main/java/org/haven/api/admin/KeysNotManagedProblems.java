package org.haven.api.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.platform.crypto.KeysNotManagedException;

/** Rotation asked of a server whose keys the operator supplies: 409, saying what to do instead. */
@Provider
public class KeysNotManagedProblems implements ExceptionMapper<KeysNotManagedException> {

  @Override
  public Response toResponse(KeysNotManagedException e) {
    return Problem.of(ProblemType.CONFLICT, e.getMessage()).toResponse();
  }
}
