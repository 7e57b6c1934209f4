package org.haven.crisis.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.control.StaffSignIn;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.Evidence;

/**
 * The entry behind a case, opened for the clinician who works it and for nobody else. Every
 * reading, and every refused attempt, leaves an audit record.
 */
@ApplicationScoped
public class CaseReading {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject CaseFolder folder;

  @Inject EntryTextSource entries;

  @Inject AuditLog audit;

  @Inject StaffSignIn staffNames;

  /** The latest entry's text with the evidence spans the assessment found in it. */
  @Transactional
  public CaseEntry read(UUID caseId, Staff by) {
    CrisisCase crisis = em.find(CrisisCase.class, caseId);
    if (crisis == null) {
      throw new CaseNotFoundException(caseId);
    }
    String actor = staffNames.auditNameOf(by.username());
    try {
      CaseAccess.requireReader(crisis, by);
    } catch (CaseAccessRefused e) {
      audit.recordAlone(actor, AuditAction.CASE_ACCESS_REFUSED, "case/" + caseId);
      throw e;
    }
    UUID entryId = crisis.latestEntryId();
    String text = entryId == null ? null : entries.text(entryId).orElse(null);
    if (text == null) {
      return new CaseEntry("", List.of());
    }
    audit.record(actor, AuditAction.ENTRY_TEXT_VIEWED, "entry/" + entryId);
    List<Evidence> spans =
        folder.breakdown(entryId).stream()
            .flatMap(a -> a.findings().stream())
            .map(CategoryFinding::evidence)
            .flatMap(List::stream)
            .filter(e -> e.end() <= text.length())
            .toList();
    return new CaseEntry(text, spans);
  }

  /** An entry's text and where the screening found evidence in it. */
  public record CaseEntry(String text, List<Evidence> evidence) {}
}
