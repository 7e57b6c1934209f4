package org.haven.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.haven.platform.time.WallClock;

/**
 * Appends to the audit chain in the caller's transaction, so the record exists exactly when the
 * action does. Appends queue on the chain's head row: one record after another, across servers.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  /** Records an action as part of the current transaction (or a new one if there is none). */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String actor, AuditAction action, String object) {
    append(actor, action, object);
  }

  /** Records an action whose own transaction is about to fail, such as a refused login. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(String actor, AuditAction action, String object) {
    append(actor, action, object);
  }

  private void append(String actor, AuditAction action, String object) {
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT seq, hash FROM audit_head FOR UPDATE").getSingleResult();
    AuditRecord record =
        new AuditRecord(
            ((Number) head[0]).longValue() + 1,
            clock.now(),
            actor,
            action.name(),
            object,
            ((String) head[1]).trim());
    String hash = record.hash();
    em.createNativeQuery(
            "INSERT INTO audit_record (seq, at, actor, action, object, prev_hash, hash)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, record.seq())
        .setParameter(2, record.at())
        .setParameter(3, actor)
        .setParameter(4, record.action())
        .setParameter(5, object)
        .setParameter(6, record.prevHash())
        .setParameter(7, hash)
        .executeUpdate();
    em.createNativeQuery("UPDATE audit_head SET seq = ?1, hash = ?2")
        .setParameter(1, record.seq())
        .setParameter(2, hash)
        .executeUpdate();
  }
}
