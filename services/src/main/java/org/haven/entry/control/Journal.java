package org.haven.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.entry.EntryDraft;
import org.haven.entry.EntryNotFoundException;
import org.haven.entry.EntryVersionConflict;
import org.haven.entry.JournalEntry;
import org.haven.platform.time.WallClock;
import org.haven.shared.Require;

/**
 * A person's journal. Every operation takes the owner's account id and never reveals whether an
 * entry of someone else exists: it is simply not found.
 */
@ApplicationScoped
@Transactional
public class Journal {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject WallClock clock;

  @Inject AuditLog audit;

  public JournalEntry write(UUID owner, EntryDraft draft) {
    JournalEntry entry = JournalEntry.write(owner, draft, clock.now());
    em.persist(entry);
    // Rows that refer to the entry (its assessment, a review case) follow in the same transaction.
    em.flush();
    return entry;
  }

  public JournalEntry find(UUID owner, UUID id) {
    JournalEntry entry = em.find(JournalEntry.class, id);
    if (entry == null || !entry.isOwnedBy(owner)) {
      throw new EntryNotFoundException(id);
    }
    return entry;
  }

  public EntryPage page(UUID owner, Optional<PageCursor> after, int limit) {
    Require.that(
        limit >= 1 && limit <= EntryPage.MAX_LIMIT,
        "limit",
        "limit must be between 1 and " + EntryPage.MAX_LIMIT);
    TypedQuery<JournalEntry> query =
        after
            .map(
                cursor ->
                    em.createQuery(
                            "SELECT e FROM JournalEntry e WHERE e.ownerId = :owner AND (e.createdAt < :at"
                                + " OR (e.createdAt = :at AND e.id < :id)) ORDER BY e.createdAt DESC, e.id DESC",
                            JournalEntry.class)
                        .setParameter("at", cursor.createdAt())
                        .setParameter("id", cursor.id()))
            .orElseGet(
                () ->
                    em.createQuery(
                        "SELECT e FROM JournalEntry e WHERE e.ownerId = :owner ORDER BY e.createdAt DESC, e.id DESC",
                        JournalEntry.class));
    List<JournalEntry> rows =
        query.setParameter("owner", owner).setMaxResults(limit + 1).getResultList();
    if (rows.size() <= limit) {
      return new EntryPage(rows, Optional.empty());
    }
    List<JournalEntry> page = rows.subList(0, limit);
    JournalEntry last = page.get(limit - 1);
    return new EntryPage(
        List.copyOf(page), Optional.of(new PageCursor(last.createdAt(), last.id())));
  }

  /** Applies a revision only if the client saw the current version. */
  public JournalEntry revise(UUID owner, UUID id, long expectedVersion, EntryDraft draft) {
    JournalEntry entry = find(owner, id);
    requireVersion(entry, expectedVersion);
    entry.revise(draft, clock.now());
    return flushed(entry, expectedVersion);
  }

  public JournalEntry markFavorite(UUID owner, UUID id, boolean favorite) {
    JournalEntry entry = find(owner, id);
    entry.markFavorite(favorite, clock.now());
    return flushed(entry, entry.version());
  }

  public void delete(UUID owner, UUID id) {
    em.remove(find(owner, id));
    audit.record("account/" + owner, AuditAction.ENTRY_DELETED, "entry/" + id);
  }

  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM JournalEntry e", Long.class).getSingleResult();
  }

  private static void requireVersion(JournalEntry entry, long expected) {
    if (entry.version() != expected) {
      throw new EntryVersionConflict(expected, entry.version());
    }
  }

  /** Surfaces a concurrent writer now, as a conflict, rather than as a failed commit later. */
  private JournalEntry flushed(JournalEntry entry, long expectedVersion) {
    try {
      em.flush();
      return entry;
    } catch (OptimisticLockException concurrentWriter) {
      throw new EntryVersionConflict(expectedVersion, expectedVersion + 1);
    }
  }
}
