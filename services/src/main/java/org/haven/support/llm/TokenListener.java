package org.haven.support.llm;

/** Follows an answer as it streams; an attempt retried starts again from nothing. */
public interface TokenListener {

  TokenListener NONE =
      new TokenListener() {
        @Override
        public void restart() {}

        @Override
        public void token(String text) {}
      };

  void restart();

  void token(String text);
}
