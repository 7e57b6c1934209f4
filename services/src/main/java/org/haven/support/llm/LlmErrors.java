package org.haven.support.llm;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Names what went wrong with the LLM, for the record kept with the fallback. */
public final class LlmErrors {

  private LlmErrors() {}

  /** The JSON library is the client's own (server-level); its errors are known by package. */
  static LlmFailure classify(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getClass().getName().startsWith("com.fasterxml.jackson.")) {
        return new MalformedAnswer(error);
      }
      if (t instanceof ConnectException) {
        return new LlmFailure("llm-unreachable", error);
      }
      if (t instanceof HttpTimeoutException
          || t instanceof dev.langchain4j.exception.TimeoutException) {
        return new LlmFailure("llm-timeout", error);
      }
    }
    return new LlmFailure("llm-error", error);
  }

  /** The reason for any failure of {@link SupportLlm#write}, Fault Tolerance's own included. */
  public static String reason(Throwable error) {
    if (error instanceof LlmFailure failure) {
      return failure.reason();
    }
    if (error instanceof CircuitBreakerOpenException) {
      return "llm-circuit-open";
    }
    if (error instanceof TimeoutException || error instanceof InterruptedException) {
      return "llm-timeout";
    }
    if (error instanceof BulkheadException) {
      return "llm-busy";
    }
    return classify(error).reason();
  }
}
