package org.haven.support.llm;

/**
 * Why the LLM gave no usable answer, as recorded with the template that replaced it. Never carries
 * the prompt or the answer.
 */
public class LlmFailure extends RuntimeException {

  private final String reason;

  public LlmFailure(String reason, Throwable cause) {
    super(reason, cause, false, false);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
