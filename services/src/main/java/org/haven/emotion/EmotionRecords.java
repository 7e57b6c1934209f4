package org.haven.emotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.haven.platform.time.WallClock;

/** Keeps each entry's emotion profile beside it, in the entry's transaction. */
@ApplicationScoped
public class EmotionRecords {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(UUID entryId, EmotionProfile profile) {
    String json = JSON.toJson(profile);
    EntryEmotion earlier = em.find(EntryEmotion.class, entryId);
    if (earlier != null) {
      earlier.replaceWith(profile, json, clock.now());
    } else {
      em.persist(new EntryEmotion(entryId, profile, json, clock.now()));
    }
  }

  /** The stored profile as JSON, if the entry has one. */
  public Optional<String> profileOf(UUID entryId) {
    return Optional.ofNullable(em.find(EntryEmotion.class, entryId)).map(EntryEmotion::profileJson);
  }
}
