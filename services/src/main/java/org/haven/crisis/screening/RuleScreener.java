package org.haven.crisis.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\b(?:but|pero|mais|aber)\\b");
  // A colon is left out: after one, a phrase is usually quoted ("the song goes: I want to die").
  private static final Pattern OWN_CLAUSE_BREAK =
      Pattern.compile("[,;]|\\b(?:but|pero|mais|aber)\\b");
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
    AnchoredPattern.WordStarts starts = new AnchoredPattern.WordStarts(text);
    List<int[]> idioms = book.cues().idioms().findAll(text, starts);
    List<int[]> fiction = book.cues().fiction().findAll(text, starts);
    List<int[]> past = book.cues().past().findAll(text, starts);
    List<int[]> recent = book.cues().recent().findAll(text, starts);
    Map<EscalationRule, List<int[]>> markers = markers(text, starts, idioms);
    boolean planOrMeans =
        markers.entrySet().stream().anyMatch(e -> !e.getKey().nearby() && !e.getValue().isEmpty());
    Context context = new Context(text, sentences, starts, fiction, past, recent, planOrMeans);
    List<Signal> signals = new ArrayList<>();
    List<int[]> negated = new ArrayList<>();
    for (SignalRule rule : book.signals()) {
      for (int[] m : rule.pattern().findAll(text, starts)) {
        if (!insideAny(idioms, m[0], m[1])) {
          signal(rule, context, m[0], m[1], negated).ifPresent(signals::add);
        }
      }
    }
    List<Escalation> escalations = escalate(signals, sentences, markers);
    List<int[]> cues = new ArrayList<>(fiction);
    cues.addAll(past);
    List<int[]> benign = new ArrayList<>(idioms);
    signals.stream()
        .filter(s -> !s.isUndiminished())
        .forEach(s -> benign.add(new int[] {s.start(), s.end()}));
    return new Screened(
        normalised,
        signals,
        escalations,
        book.cues().protective().findAll(text, starts),
        benign,
        negated,
        cues);
  }

  private Optional<Signal> signal(
      SignalRule rule, Context context, int start, int end, List<int[]> negated) {
    Sentences sentences = context.sentences();
    int sentence = sentences.indexOf(start);
    if (!rule.contextual()) {
      return Optional.of(new Signal(rule, rule.level(), start, end, sentence, null));
    }
    String text = context.text();
    String before =
        text.substring(Math.max(sentences.start(sentence), start - LOOK_BEHIND_CHARS), start);
    if (rule.negatable() && book.cues().negationBefore().matcher(before).find()) {
      negated.add(new int[] {start, end});
      return Optional.empty();
    }
    String why = diminishingContext(rule, context, sentence, start);
    RiskLevel severity = why == null ? rule.level() : rule.level().min(RiskLevel.LOW);
    return Optional.of(new Signal(rule, severity, start, end, sentence, why));
  }

  /** Why a signal counts for less here, or null when it counts in full. */
  private String diminishingContext(SignalRule rule, Context context, int sentence, int start) {
    Sentences sentences = context.sentences();
    int sentenceStart = sentences.start(sentence);
    int sentenceEnd = sentences.end(sentence);
    if (inFictionOrStudy(context, sentence, start)) {
      return "fiction-or-study";
    }
    if (insideAny(context.past(), sentenceStart, sentenceEnd)
        && !insideAny(context.recent(), sentenceStart, sentenceEnd)) {
      return "past";
    }
    int neighboursEnd = sentences.end(Math.max(0, Math.min(sentences.count() - 1, sentence + 1)));
    if (!context.planOrMeans()
        && insideAny(
            rule.everydayPurpose().findAll(context.text(), context.starts()),
            sentences.start(Math.max(0, sentence - 1)),
            neighboursEnd)) {
      return "everyday-purpose";
    }
    if (rule.aboutTheWriter()
        && aboutSomeoneElse(
            context.text().substring(sentenceStart, start), context.text(), start)) {
      return "someone-else";
    }
    return null;
  }

  /**
   * A fiction or study cue in this sentence or the one before, unless the writer speaks for
   * themselves after it: every cue ends before the signal's clause, that clause opens with the
   * writer ("Failed my essay for class again. I want to kill myself."), and nothing is quoted. A
   * study named as the day's stressor is not a story being told.
   */
  private boolean inFictionOrStudy(Context context, int sentence, int start) {
    Sentences sentences = context.sentences();
    int from = sentences.start(Math.max(0, sentence - 1));
    int to = sentences.end(sentence);
    List<int[]> cues = context.fiction().stream().filter(c -> from < c[1] && to > c[0]).toList();
    if (cues.isEmpty()) {
      return false;
    }
    String text = context.text();
    int clause = sentences.start(sentence);
    Matcher breaks = OWN_CLAUSE_BREAK.matcher(text).region(clause, start);
    while (breaks.find()) {
      clause = breaks.end();
    }
    while (clause < start && Character.isWhitespace(text.charAt(clause))) {
      clause++;
    }
    int opening = clause;
    boolean writerSpeaks =
        cues.stream().allMatch(c -> c[1] <= opening)
            && book.cues().firstPerson().matcher(text).region(opening, to).lookingAt()
            && !quoted(text, from, to);
    return !writerSpeaks;
  }

  private static boolean quoted(String text, int from, int to) {
    int quote = text.indexOf('"', from);
    return quote >= 0 && quote < to;
  }

  /**
   * A third party is the subject: named before the signal, with neither the writer nor a new clause
   * in between ("she makes me ..."), and the signal does not itself start with the writer ("... it
   * will hurt her, but i've got the means").
   */
  private boolean aboutSomeoneElse(String before, String text, int signalStart) {
    Matcher other = book.cues().thirdPerson().matcher(before);
    int lastOther = -1;
    while (other.find()) {
      lastOther = other.end();
    }
    if (lastOther < 0) {
      return false;
    }
    String between = before.substring(lastOther);
    Matcher writer = book.cues().firstPerson().matcher(text).region(signalStart, text.length());
    return !book.cues().firstPerson().matcher(between).find()
        && !CLAUSE_BREAK.matcher(between).find()
        && !writer.lookingAt();
  }

  private static List<Escalation> escalate(
      List<Signal> signals, Sentences sentences, Map<EscalationRule, List<int[]>> markers) {
    List<Escalation> fired = new ArrayList<>();
    for (var ruleMarkers : markers.entrySet()) {
      EscalationRule rule = ruleMarkers.getKey();
      for (int[] m : ruleMarkers.getValue()) {
        int sentence = sentences.indexOf(m[0]);
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
          fired.add(new Escalation(rule, m[0], m[1]));
        }
      }
    }
    return fired;
  }

  /**
   * Each escalation rule's markers outside idioms, in rule-book order, found once per text: they
   * raise signals, and a plan or means among them means no everyday reason explains an act away.
   */
  private Map<EscalationRule, List<int[]>> markers(
      String text, AnchoredPattern.WordStarts starts, List<int[]> idioms) {
    Map<EscalationRule, List<int[]>> markers = new LinkedHashMap<>();
    for (EscalationRule rule : book.escalations()) {
      markers.put(
          rule,
          rule.pattern().findAll(text, starts).stream()
              .filter(m -> !insideAny(idioms, m[0], m[1]))
              .toList());
    }
    return markers;
  }

  private static boolean insideAny(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (start < span[1] && end > span[0]) {
        return true;
      }
    }
    return false;
  }

  /** The text and the cues found in it once, shared by every signal's context check. */
  private record Context(
      String text,
      Sentences sentences,
      AnchoredPattern.WordStarts starts,
      List<int[]> fiction,
      List<int[]> past,
      List<int[]> recent,
      boolean planOrMeans) {}

  /** An escalation marker that raised at least one signal. */
  record Escalation(EscalationRule rule, int start, int end) {}
}
