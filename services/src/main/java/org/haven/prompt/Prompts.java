package org.haven.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.emotion.Emotion;
import org.haven.emotion.EmotionPatterns;
import org.haven.emotion.pattern.EmotionPattern;
import org.haven.emotion.pattern.PatternKind;
import org.haven.platform.time.WallClock;

/** Prompts for one person, from what their entries of the last days show. */
@ApplicationScoped
public class Prompts {

  private final PromptLibrary library = PromptLibrary.fromClassPath();
  private final PromptChooser chooser = new PromptChooser(library);

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject EmotionPatterns patterns;

  @Inject WallClock clock;

  @Inject
  @ConfigProperty(name = "haven.prompts.window", defaultValue = "P14D")
  Duration window;

  public Offer offer(UUID owner, int limit) {
    OffsetDateTime since = clock.now().minus(window);
    Map<Emotion, Long> emotions = recentEmotions(owner, since);
    Set<PatternKind> found =
        patterns.recent(owner, window).patterns().stream()
            .map(EmotionPattern::pattern)
            .collect(Collectors.toSet());
    boolean inCrisis = recentlyAtHighRisk(owner, since);
    long seed = owner.getMostSignificantBits() ^ LocalDate.now(clock.clock()).toEpochDay();
    return new Offer(
        chooser.choose(emotions, found, inCrisis, seed, limit),
        emotions.values().stream().mapToLong(Long::longValue).sum(),
        inCrisis,
        library.version());
  }

  private Map<Emotion, Long> recentEmotions(UUID owner, OffsetDateTime since) {
    Map<Emotion, Long> counts = new EnumMap<>(Emotion.class);
    em.createNativeQuery(
            "SELECT m.dominant, count(*) FROM entry_emotion m JOIN journal_entry e"
                + " ON e.id = m.entry_id WHERE e.owner_id = ?1 AND e.created_at >= ?2"
                + " GROUP BY m.dominant")
        .setParameter(1, owner)
        .setParameter(2, since)
        .getResultList()
        .forEach(
            row -> {
              Object[] r = (Object[]) row;
              counts.put(Emotion.valueOf((String) r[0]), ((Number) r[1]).longValue());
            });
    return counts;
  }

  private boolean recentlyAtHighRisk(UUID owner, OffsetDateTime since) {
    return !em.createNativeQuery(
            "SELECT 1 FROM entry_assessment a JOIN journal_entry e ON e.id = a.entry_id"
                + " WHERE e.owner_id = ?1 AND e.created_at >= ?2"
                + " AND a.level IN ('HIGH', 'CRITICAL') LIMIT 1")
        .setParameter(1, owner)
        .setParameter(2, since)
        .getResultList()
        .isEmpty();
  }

  /**
   * The prompts offered, how many recent entries they rest on, whether only crisis-safe prompts
   * were considered, and the library version.
   */
  public record Offer(
      List<PromptChooser.Suggestion> suggestions,
      long entriesRead,
      boolean crisisSafeOnly,
      String library) {}
}
