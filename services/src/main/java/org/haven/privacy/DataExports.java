package org.haven.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.job.JobRequest;
import org.haven.job.Jobs;
import org.haven.job.Priority;
import org.haven.platform.crypto.Keyring;
import org.haven.platform.time.SqlTimes;
import org.haven.platform.time.WallClock;

/**
 * A person's exports: requested here (the job that makes it is queued in the same transaction),
 * then read back, opened only for their owner, each download audited.
 */
@ApplicationScoped
public class DataExports {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject Jobs jobs;

  @Inject Keyring keyring;

  @Inject AuditLog audit;

  @Inject WallClock clock;

  @Inject
  @ConfigProperty(name = "haven.export.keep-for", defaultValue = "P7D")
  Duration keepFor;

  @Transactional
  public ExportStatus request(UUID owner) {
    UUID id = UUID.randomUUID();
    String payload =
        Json.createObjectBuilder()
            .add("exportId", id.toString())
            .add("owner", owner.toString())
            .build()
            .toString();
    UUID job =
        jobs.enqueue(JobRequest.of(ExportJob.KIND, Priority.INTERACTIVE, payload).forPerson(owner));
    OffsetDateTime now = clock.now();
    em.createNativeQuery(
            "INSERT INTO data_export (id, owner_id, job_id, created_at, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, owner)
        .setParameter(3, job)
        .setParameter(4, now)
        .setParameter(5, now.plus(keepFor))
        .executeUpdate();
    audit.record("account/" + owner, AuditAction.DATA_EXPORT_REQUESTED, "export/" + id);
    return status(owner, id).orElseThrow();
  }

  /** The export, if it is the owner's and has not expired. */
  @Transactional
  public Optional<ExportStatus> status(UUID owner, UUID id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, json_sealed IS NOT NULL, entries, created_at, ready_at, expires_at"
                    + " FROM data_export WHERE id = ?1 AND owner_id = ?2 AND expires_at > ?3")
            .setParameter(1, id)
            .setParameter(2, owner)
            .setParameter(3, clock.now())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new ExportStatus(
                    (UUID) r[0],
                    (Boolean) r[1] ? "READY" : "PENDING",
                    (Integer) r[2],
                    SqlTimes.utc(r[3]),
                    SqlTimes.utc(r[4]),
                    SqlTimes.utc(r[5])))
        .findFirst();
  }

  /** The export's bytes in one format, opened for its owner; empty unless it is ready. */
  @Transactional
  public Optional<byte[]> download(UUID owner, UUID id, ExportFormat format) {
    if (status(owner, id).filter(ExportStatus::ready).isEmpty()) {
      return Optional.empty();
    }
    byte[] sealed =
        (byte[])
            em.createNativeQuery(
                    "SELECT " + ExportJob.column(format) + " FROM data_export WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    audit.record("account/" + owner, AuditAction.DATA_EXPORTED, "export/" + id);
    return Optional.of(keyring.open(sealed, ExportJob.subject(id, format)));
  }
}
