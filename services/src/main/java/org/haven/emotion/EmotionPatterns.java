package org.haven.emotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.emotion.pattern.EmotionPattern;
import org.haven.emotion.pattern.EntryMood;
import org.haven.emotion.pattern.PatternFinder;
import org.haven.emotion.pattern.PatternRules;
import org.haven.platform.time.WallClock;

/**
 * The patterns in one person's entries of the last days, read from the stored emotion profiles in
 * one query (no entry text is opened).
 */
@ApplicationScoped
public class EmotionPatterns {

  private static final int MAX_ENTRIES = 500;
  private final PatternRules rules = PatternRules.fromClassPath();
  private final PatternFinder finder = new PatternFinder(rules);

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  public Window recent(UUID owner, Duration window) {
    OffsetDateTime since = clock.now().minus(window);
    List<EntryMood> moods =
        em.createQuery(
                "SELECT e.entryId, j.createdAt, e.dominant, e.valence, e.cues"
                    + " FROM EntryEmotion e, JournalEntry j"
                    + " WHERE j.id = e.entryId AND j.ownerId = :owner AND j.createdAt >= :since"
                    + " ORDER BY j.createdAt DESC, j.id DESC",
                Object[].class)
            .setParameter("owner", owner)
            .setParameter("since", since)
            .setMaxResults(MAX_ENTRIES)
            .getResultStream()
            .map(EmotionPatterns::mood)
            .collect(Collectors.toCollection(ArrayList::new));
    // Newest first to keep the latest when capped; the finder reads them oldest first.
    Collections.reverse(moods);
    return new Window(since, moods.size(), rules.version(), finder.find(moods));
  }

  private static EntryMood mood(Object[] row) {
    return new EntryMood(
        (UUID) row[0],
        (OffsetDateTime) row[1],
        (Emotion) row[2],
        (Double) row[3],
        EntryEmotion.cuesOf((String) row[4]));
  }

  /** The patterns found since a time, over how many entries, by which version of the rules. */
  public record Window(
      OffsetDateTime since, int entries, String rules, List<EmotionPattern> patterns) {}
}
