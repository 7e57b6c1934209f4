package org.haven.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reserves encryptions in the shared ledger, in a transaction of its own: a reservation stands even
 * when the work that asked for it rolls back, so the count never under-states what a key sealed.
 */
@ApplicationScoped
public class LedgerBlocks {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  /** Adds {@code size} to the key's count and answers the new total. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long reserve(String keyId, int size) {
    Object total =
        em.createNativeQuery(
                "INSERT INTO crypto_key_usage (key_id, encryptions) VALUES (?1, ?2) "
                    + "ON CONFLICT (key_id) DO UPDATE "
                    + "SET encryptions = crypto_key_usage.encryptions + EXCLUDED.encryptions "
                    + "RETURNING encryptions")
            .setParameter(1, keyId)
            .setParameter(2, (long) size)
            .getSingleResult();
    return ((Number) total).longValue();
  }
}
