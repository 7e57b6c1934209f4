package org.haven.crisis.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.crisis.Assessment;
import org.haven.crisis.EntryAssessment;
import org.haven.platform.time.WallClock;

/** Keeps each entry's assessment beside it, in the same transaction as the entry. */
@ApplicationScoped
public class AssessmentRecords {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  /** Records the assessment of an entry, replacing the one of an earlier version of it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(UUID entryId, Assessment a) {
    EntryAssessment earlier = em.find(EntryAssessment.class, entryId);
    if (earlier != null) {
      em.remove(earlier);
      em.flush();
    }
    em.persist(
        new EntryAssessment(
            entryId,
            a.level(),
            a.confidence(),
            a.categories().stream().map(Enum::name).collect(Collectors.joining(",")),
            JSON.toJson(a.findings()),
            JSON.toJson(a.protectiveFactors()),
            JSON.toJson(a.decidedBy()),
            String.join(",", a.degraded()),
            a.elapsed().toNanos() / 1_000,
            clock.now()));
  }
}
