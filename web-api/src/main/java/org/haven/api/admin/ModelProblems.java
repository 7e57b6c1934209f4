package org.haven.api.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.models.ModelNotFoundException;
import org.haven.models.ModelRejectedException;

/** Registry refusals say why (checksum, load failure); unknown versions are 404. */
public final class ModelProblems {

  private ModelProblems() {}

  /** 409: the version cannot serve; the serving version is unchanged. */
  @Provider
  public static class Rejected implements ExceptionMapper<ModelRejectedException> {
    @Override
    public Response toResponse(ModelRejectedException e) {
      return Problem.of(ProblemType.CONFLICT, e.getMessage()).toResponse();
    }
  }

  /** 404: no such model or version here. */
  @Provider
  public static class NotFound implements ExceptionMapper<ModelNotFoundException> {
    @Override
    public Response toResponse(ModelNotFoundException e) {
      return Problem.of(ProblemType.NOT_FOUND, e.getMessage()).toResponse();
    }
  }
}
