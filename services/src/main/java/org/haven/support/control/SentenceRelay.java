package org.haven.support.control;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.support.gate.SafetyGate;
import org.haven.support.llm.TokenListener;

/**
 * Gathers streamed tokens into sentences and passes on those the gate's content checks allow. A
 * sentence that fails stops the relay: what follows it is never shown.
 */
final class SentenceRelay implements TokenListener {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s+)|\\n+");

  private final SafetyGate gate;
  private final Consumer<String> sentences;
  private final Runnable restarted;
  private final StringBuilder pending = new StringBuilder();
  private boolean withheld;

  SentenceRelay(SafetyGate gate, Consumer<String> sentences, Runnable restarted) {
    this.gate = gate;
    this.sentences = sentences;
    this.restarted = restarted;
  }

  @Override
  public synchronized void restart() {
    pending.setLength(0);
    withheld = false;
    restarted.run();
  }

  @Override
  public synchronized void token(String text) {
    if (withheld) {
      return;
    }
    pending.append(text);
    Matcher end = SENTENCE_END.matcher(pending);
    int from = 0;
    while (end.find()) {
      String sentence = pending.substring(from, end.end()).strip();
      from = end.end();
      if (!sentence.isEmpty() && !pass(sentence)) {
        return;
      }
    }
    pending.delete(0, from);
  }

  private boolean pass(String sentence) {
    if (gate.forbiddenContent(sentence).isPresent()) {
      withheld = true;
      pending.setLength(0);
      return false;
    }
    sentences.accept(sentence);
    return true;
  }
}
