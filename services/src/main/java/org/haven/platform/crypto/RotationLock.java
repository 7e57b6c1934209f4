package org.haven.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * One rotation at a time across every server sharing the database: servers that pass the rotation
 * point together would otherwise each rewrite the shared key file and lose each other's keys.
 */
@ApplicationScoped
public class RotationLock {

  /** An arbitrary constant naming this lock among PostgreSQL advisory locks ("HAVENKEY"). */
  private static final long LOCK_ID = 0x484156454E4B4559L;

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  /** Held until the current transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void acquire() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, LOCK_ID)
        .getResultList();
  }
}
