package org.haven.support.llm;

/** Follows an answer as it streams; an attempt retried starts again from nothing. */
public interface TokenListener {

  void restart();

  void token(String text);
}
