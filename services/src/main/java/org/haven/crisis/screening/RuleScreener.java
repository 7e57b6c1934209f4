package org.haven.crisis.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.crisis.RiskLevel;

/**
 * The deterministic floor: finds every signal rule's matches in the normalised text, drops those
 * inside idioms or negated, lowers those about someone else, in fiction or study, or in the long
 * past, then lets escalation markers (plan, means, time) raise what remains.
 */
final class RuleScreener {

  private static final int LOOK_BEHIND_CHARS = 60;
  private final RuleBook book;
  private final TextNormaliser normaliser;

  RuleScreener(RuleBook book) {
    this.book = book;
    this.normaliser = new TextNormaliser(book.slang());
  }

  RuleBook book() {
    return book;
  }

  Screened screen(String original) {
    NormalisedText normalised = normaliser.normalise(original);
    String text = normalised.text();
    Sentences sentences = new Sentences(text);
    List<int[]> idioms = spans(book.cues().idioms(), text);
    List<Signal> signals = new ArrayList<>();
    List<int[]> negated = new ArrayList<>();
    for (SignalRule rule : book.signals()) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (!insideAny(idioms, m.start(), m.end())) {
          signal(rule, text, sentences, m.start(), m.end(), negated).ifPresent(signals::add);
        }
      }
    }
    List<Escalation> escalations = escalate(signals, text, sentences, idioms);
    List<int[]> benign = new ArrayList<>(idioms);
    benign.addAll(negated);
    benign.addAll(spans(book.cues().fiction(), text));
    benign.addAll(spans(book.cues().past(), text));
    signals.stream()
        .filter(s -> !s.isUndiminished())
        .forEach(s -> benign.add(new int[] {s.start(), s.end()}));
    return new Screened(
        normalised, signals, escalations, spans(book.cues().protective(), text), benign);
  }

  private Optional<Signal> signal(
      SignalRule rule, String text, Sentences sentences, int start, int end, List<int[]> negated) {
    int sentence = sentences.indexOf(start);
    if (!rule.contextual()) {
      return Optional.of(new Signal(rule, rule.level(), start, end, sentence, null));
    }
    String before =
        text.substring(Math.max(sentences.start(sentence), start - LOOK_BEHIND_CHARS), start);
    if (book.cues().negationBefore().matcher(before).find()) {
      negated.add(new int[] {start, end});
      return Optional.empty();
    }
    String context = diminishingContext(rule, text, sentences, sentence, start);
    RiskLevel severity = context == null ? rule.level() : rule.level().min(RiskLevel.LOW);
    return Optional.of(new Signal(rule, severity, start, end, sentence, context));
  }

  /** Why a signal counts for less here, or null when it counts in full. */
  private String diminishingContext(
      SignalRule rule, String text, Sentences sentences, int sentence, int start) {
    String whole = text.substring(sentences.start(sentence), sentences.end(sentence));
    String framing =
        text.substring(sentences.start(Math.max(0, sentence - 1)), sentences.end(sentence));
    if (book.cues().fiction().matcher(framing).find()) {
      return "fiction-or-study";
    }
    if (book.cues().past().matcher(whole).find()) {
      return "past";
    }
    if (rule.aboutTheWriter()
        && aboutSomeoneElse(text.substring(sentences.start(sentence), start))) {
      return "someone-else";
    }
    return null;
  }

  /** A third party is the subject and the writer does not come in between ("she makes me ..."). */
  private boolean aboutSomeoneElse(String before) {
    Matcher other = book.cues().thirdPerson().matcher(before);
    int lastOther = -1;
    while (other.find()) {
      lastOther = other.end();
    }
    return lastOther >= 0 && !book.cues().firstPerson().matcher(before.substring(lastOther)).find();
  }

  private List<Escalation> escalate(
      List<Signal> signals, String text, Sentences sentences, List<int[]> idioms) {
    List<Escalation> fired = new ArrayList<>();
    for (EscalationRule rule : book.escalations()) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (insideAny(idioms, m.start(), m.end())) {
          continue;
        }
        int sentence = sentences.indexOf(m.start());
        boolean applied = false;
        for (int i = 0; i < signals.size(); i++) {
          Signal s = signals.get(i);
          boolean near = !rule.nearby() || Math.abs(s.sentence() - sentence) <= 1;
          if (s.isUndiminished()
              && rule.when().contains(s.category())
              && s.severity().isAtLeast(RiskLevel.MODERATE)
              && near) {
            signals.set(i, s.raisedTo(rule.raiseTo()));
            applied = true;
          }
        }
        if (applied) {
          fired.add(new Escalation(rule, m.start(), m.end()));
        }
      }
    }
    return fired;
  }

  private static List<int[]> spans(Pattern pattern, String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static boolean insideAny(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (start < span[1] && end > span[0]) {
        return true;
      }
    }
    return false;
  }

  /** An escalation marker that raised at least one signal. */
  record Escalation(EscalationRule rule, int start, int end) {}

  /**
   * What the floor found in one text, before it is turned into an assessment; {@code benign} are
   * the spans the rules read as idiom, negation, fiction or study, or the past.
   */
  record Screened(
      NormalisedText text,
      List<Signal> signals,
      List<Escalation> escalations,
      List<int[]> protective,
      List<int[]> benign) {}
}
