package org.haven.emotion.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.haven.emotion.Emotion;

/** Finds patterns in a person's entries of a window, given oldest first. Pure and deterministic. */
public final class PatternFinder {

  private final PatternRules rules;

  public PatternFinder(PatternRules rules) {
    this.rules = rules;
  }

  public List<EmotionPattern> find(List<EntryMood> entries) {
    List<EmotionPattern> found = new ArrayList<>();
    if (entries.size() < rules.minEntries()) {
      return found;
    }
    for (Cue cue : Cue.values()) {
      List<UUID> cued =
          entries.stream().filter(e -> e.cues().contains(cue)).map(EntryMood::entryId).toList();
      PatternKind kind = PatternKind.valueOf(cue.name());
      if (kind == PatternKind.RUMINATION) {
        cued = withNegativeRuns(entries, cued);
      }
      if (cued.size() >= rules.minCuedEntries()) {
        found.add(pattern(kind, cued));
      }
    }
    escalation(entries).ifPresent(found::add);
    return found;
  }

  /** Adds the entries of every run of the same unpleasant emotion long enough to count. */
  private List<UUID> withNegativeRuns(List<EntryMood> entries, List<UUID> cued) {
    List<UUID> ruminating = new ArrayList<>();
    int runStart = 0;
    for (int i = 1; i <= entries.size(); i++) {
      boolean runGoesOn =
          i < entries.size()
              && unpleasant(entries.get(i).dominant())
              && entries.get(i).dominant() == entries.get(runStart).dominant();
      if (!runGoesOn) {
        if (unpleasant(entries.get(runStart).dominant()) && i - runStart >= rules.negativeRun()) {
          entries.subList(runStart, i).forEach(e -> ruminating.add(e.entryId()));
        }
        runStart = i;
      }
    }
    return entries.stream()
        .map(EntryMood::entryId)
        .filter(id -> cued.contains(id) || ruminating.contains(id))
        .toList();
  }

  /** The least-squares slope of valence over the latest entries, by entry. */
  private java.util.Optional<EmotionPattern> escalation(List<EntryMood> entries) {
    if (entries.size() < rules.trendEntries()) {
      return java.util.Optional.empty();
    }
    List<EntryMood> latest = entries.subList(entries.size() - rules.trendEntries(), entries.size());
    int n = latest.size();
    double meanX = (n - 1) / 2.0;
    double meanY = latest.stream().mapToDouble(EntryMood::valence).average().orElse(0);
    double covariance = 0;
    double variance = 0;
    for (int x = 0; x < n; x++) {
      covariance += (x - meanX) * (latest.get(x).valence() - meanY);
      variance += (x - meanX) * (x - meanX);
    }
    double slope = covariance / variance;
    boolean endsUnpleasant = latest.get(n - 1).valence() < 0;
    if (slope > rules.escalationSlope() || !endsUnpleasant) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        pattern(PatternKind.ESCALATION, latest.stream().map(EntryMood::entryId).toList()));
  }

  private EmotionPattern pattern(PatternKind kind, List<UUID> entries) {
    return new EmotionPattern(kind, rules.descriptions().get(kind), List.copyOf(entries));
  }

  private static boolean unpleasant(Emotion emotion) {
    return emotion.valence() < 0;
  }
}
