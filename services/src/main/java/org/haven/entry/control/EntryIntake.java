package org.haven.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.haven.crisis.Assessment;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.review.ReviewQueue;
import org.haven.crisis.screening.AssessmentRecords;
import org.haven.crisis.screening.CrisisScreener;
import org.haven.emotion.EmotionAnalysis;
import org.haven.emotion.EmotionProfile;
import org.haven.emotion.EmotionRecords;
import org.haven.entry.EntryDraft;
import org.haven.entry.JournalEntry;
import org.haven.entry.search.EntryEmbeddingJob;
import org.haven.job.Jobs;
import org.haven.support.Support;
import org.haven.support.control.SupportIntake;
import org.haven.support.control.SupportRequest;
import org.haven.support.intervention.Situation;

/**
 * Writing an entry: screen it and read its emotions, then store the entry, its assessment, its
 * emotion profile, its follow-up jobs, its template support and, when it needs a person, its review
 * case in one transaction. When the API answers 201, all of them are in the database.
 */
@ApplicationScoped
public class EntryIntake {

  @Inject CrisisScreener screener;

  @Inject Journal journal;

  @Inject AssessmentRecords assessments;

  @Inject ReviewQueue queue;

  @Inject EmotionAnalysis emotions;

  @Inject EmotionRecords emotionRecords;

  @Inject Jobs jobs;

  @Inject SupportIntake supportIntake;

  @Transactional
  public Written write(UUID owner, EntryDraft draft, Locale locale) {
    Assessment assessment = screener.assess(draft.content());
    Optional<EmotionProfile> feelings = emotions.analyse(draft.content());
    JournalEntry entry = journal.write(owner, draft);
    return followUp(owner, entry, assessment, feelings, locale);
  }

  /** Revising an entry screens the new text too: risk written into an edit is not missed. */
  @Transactional
  public Written revise(
      UUID owner, UUID id, long expectedVersion, EntryDraft draft, Locale locale) {
    Assessment assessment = screener.assess(draft.content());
    Optional<EmotionProfile> feelings = emotions.analyse(draft.content());
    JournalEntry entry = journal.revise(owner, id, expectedVersion, draft);
    return followUp(owner, entry, assessment, feelings, locale);
  }

  private Written followUp(
      UUID owner,
      JournalEntry entry,
      Assessment assessment,
      Optional<EmotionProfile> feelings,
      Locale locale) {
    assessments.record(entry.id(), assessment);
    feelings.ifPresent(p -> emotionRecords.record(entry.id(), p));
    jobs.enqueue(EntryEmbeddingJob.request(owner, entry.id(), entry.version()));
    Optional<CrisisCase> routed = queue.route(owner, entry.id(), assessment);
    Situation situation =
        new Situation(
            assessment.level(),
            Set.copyOf(assessment.categories()),
            feelings.map(EmotionProfile::dominant));
    Optional<Support> support =
        supportIntake.start(
            owner,
            entry.id(),
            entry.version(),
            entry.content(),
            new SupportRequest(situation, locale, routed.isPresent()));
    return new Written(entry, assessment, routed.isPresent(), support);
  }

  /**
   * The stored entry, its assessment, whether the care team was asked to look, and the support the
   * person gets now (empty only if planning it failed).
   */
  public record Written(
      JournalEntry entry,
      Assessment assessment,
      boolean sentToCareTeam,
      Optional<Support> support) {}
}
