package org.haven.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.emotion.Emotion;
import org.haven.emotion.pattern.PatternKind;

/**
 * Picks the prompts that fit best, deterministically: a prompt scores 3 for each recent pattern it
 * fits and up to 2 for each emotion it fits (by the share of recent entries that emotion
 * dominated); ties go by a hash of the day's seed and the prompt, so suggestions change from day to
 * day but not from request to request. In a crisis only prompts marked safe are considered.
 */
public final class PromptChooser {

  private static final double PER_PATTERN = 3;
  private static final double PER_EMOTION = 2;

  private final PromptLibrary library;

  public PromptChooser(PromptLibrary library) {
    this.library = library;
  }

  public List<Suggestion> choose(
      Map<Emotion, Long> recentEmotions,
      Set<PatternKind> recentPatterns,
      boolean inCrisis,
      long seed,
      int limit) {
    long entries = recentEmotions.values().stream().mapToLong(Long::longValue).sum();
    List<Suggestion> scored = new ArrayList<>();
    for (Prompt prompt : library.prompts()) {
      if (inCrisis && !prompt.safeInCrisis()) {
        continue;
      }
      List<String> why = new ArrayList<>();
      double score = 0;
      for (PatternKind pattern : prompt.patterns()) {
        if (recentPatterns.contains(pattern)) {
          score += PER_PATTERN;
          why.add("pattern:" + pattern);
        }
      }
      for (Emotion emotion : prompt.emotions()) {
        long times = recentEmotions.getOrDefault(emotion, 0L);
        if (times > 0) {
          score += PER_EMOTION * times / entries;
          why.add("emotion:" + emotion);
        }
      }
      scored.add(new Suggestion(prompt, score, List.copyOf(why), tieBreak(seed, prompt.id())));
    }
    return scored.stream()
        .sorted(
            Comparator.comparingDouble(Suggestion::score)
                .reversed()
                .thenComparingLong(Suggestion::tieBreak))
        .limit(limit)
        .toList();
  }

  private static long tieBreak(long seed, String id) {
    long h = seed ^ id.hashCode() * 0x9E3779B97F4A7C15L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  /** A prompt chosen, how well it fits, and why ({@code pattern:...}, {@code emotion:...}). */
  public record Suggestion(Prompt prompt, double score, List<String> why, long tieBreak) {}
}
