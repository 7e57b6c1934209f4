package org.haven.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.insight.Insights;
import org.haven.platform.ratelimit.RateLimits;
import org.haven.support.llm.ChatMemories;

/**
 * Deletes an account and everything held for it, in one transaction: its entries with their
 * assessments, emotions, tags and vectors (by cascade), its exports, its jobs, and its crisis
 * cases, each closed first with an audit record naming only ids. Then its rate-limit buckets,
 * cached insights and the LLM's chat memories of its conversations.
 */
@ApplicationScoped
public class AccountDeletion {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject RateLimits rateLimits;

  @Inject Insights insights;

  @Inject ChatMemories chatMemories;

  /** Deletes the account; deleting one already gone does nothing. */
  @Transactional
  public void delete(UUID account) {
    List<?> locked =
        em.createNativeQuery("SELECT username FROM account WHERE id = ?1 FOR UPDATE")
            .setParameter(1, account)
            .getResultList();
    if (locked.isEmpty()) {
      return;
    }
    String username = (String) locked.get(0);
    String actor = "account/" + account;
    for (Object caseId : cases(account)) {
      audit.record(actor, AuditAction.CASE_CLOSED_ACCOUNT_DELETED, "case/" + caseId);
    }
    for (String delete :
        List.of(
            "DELETE FROM crisis_case WHERE account_id = ?1",
            "DELETE FROM job WHERE owner_id = ?1",
            "DELETE FROM journal_entry WHERE owner_id = ?1",
            "DELETE FROM account WHERE id = ?1")) {
      em.createNativeQuery(delete).setParameter(1, account).executeUpdate();
    }
    audit.record(actor, AuditAction.ACCOUNT_DELETED, actor);
    rateLimits.forget(account.toString());
    rateLimits.forget(username);
    insights.forget(account);
    chatMemories.forget(account);
  }

  private List<?> cases(UUID account) {
    return em.createNativeQuery("SELECT id FROM crisis_case WHERE account_id = ?1")
        .setParameter(1, account)
        .getResultList();
  }
}
