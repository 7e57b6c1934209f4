package org.haven.support.llm;

/** The LLM answered, but not with text Haven can read: asking again would not help. */
public class MalformedAnswer extends LlmFailure {

  public MalformedAnswer(Throwable cause) {
    super("llm-malformed", cause);
  }
}
