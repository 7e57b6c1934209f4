package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.EntryAssessment;
import org.haven.crisis.RiskLevel;
import org.haven.platform.time.SqlTimes;
import org.haven.platform.time.WallClock;

/** Puts a case's folder together for the console; the entry's text is not in it. */
@ApplicationScoped
public class CaseFolder {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject CaseQueue queue;

  @Inject WallClock clock;

  @Inject
  @ConfigProperty(name = "haven.console.timeline-window", defaultValue = "P30D")
  Duration timelineWindow;

  public CaseDetail open(UUID id) {
    CrisisCase crisis = em.find(CrisisCase.class, id);
    if (crisis == null) {
      throw new CaseNotFoundException(id);
    }
    return new CaseDetail(
        crisis,
        breakdown(crisis.latestEntryId()),
        timeline(crisis.accountId()),
        queue.casesOf(crisis.accountId(), id),
        safetyPlanningSent(crisis.accountId()));
  }

  /** The stored assessment of an entry, as the console shows it. */
  public Optional<CaseDetail.Breakdown> breakdown(UUID entryId) {
    return Optional.ofNullable(entryId == null ? null : em.find(EntryAssessment.class, entryId))
        .map(
            a ->
                new CaseDetail.Breakdown(
                    a.level(),
                    a.confidence(),
                    Arrays.asList(JSON.fromJson(a.findingsJson(), CategoryFinding[].class)),
                    Arrays.asList(JSON.fromJson(a.decidedByJson(), String[].class)),
                    a.degraded().isEmpty() ? List.of() : List.of(a.degraded().split(",")),
                    a.assessedAt()));
  }

  private List<CaseDetail.RiskPoint> timeline(UUID accountId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT a.assessed_at, a.level FROM entry_assessment a"
                    + " JOIN journal_entry e ON e.id = a.entry_id"
                    + " WHERE e.owner_id = ?1 AND a.assessed_at > ?2 ORDER BY a.assessed_at")
            .setParameter(1, accountId)
            .setParameter(2, clock.now().minus(timelineWindow))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new CaseDetail.RiskPoint(SqlTimes.utc(r[0]), RiskLevel.valueOf((String) r[1])))
        .toList();
  }

  private Optional<OffsetDateTime> safetyPlanningSent(UUID accountId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT MAX(created_at) FROM entry_support"
                    + " WHERE owner_id = ?1 AND intervention = 'SAFETY_PLANNING'")
            .setParameter(1, accountId)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(SqlTimes.utc(rows.get(0)));
  }
}
