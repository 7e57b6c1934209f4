package org.haven.support.control;

import org.haven.support.Support;

/** Whoever follows an entry's support as the LLM writes it (the SSE stream). */
public interface SupportFollower {

  /** The LLM's attempt started again (a retry): forget the sentences sent so far. */
  void restart();

  /** One more sentence, already past the gate's content checks. */
  void sentence(String text);

  /** The final support: the LLM's text as gated, or the template that replaced it. */
  void done(Support support);
}
