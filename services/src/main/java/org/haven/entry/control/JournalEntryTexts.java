package org.haven.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.haven.crisis.review.EntryTextSource;
import org.haven.entry.JournalEntry;
import org.haven.support.control.EntryTexts;

/**
 * Entry texts for the support job and for the clinician working a case, read (and opened) like any
 * other read of an entry.
 */
@ApplicationScoped
public class JournalEntryTexts implements EntryTexts, EntryTextSource {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Override
  public Optional<String> text(UUID entryId) {
    return Optional.ofNullable(em.find(JournalEntry.class, entryId)).map(JournalEntry::content);
  }
}
