package org.haven.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
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

/**
 * Writing an entry: screen it and read its emotions, then store the entry, its assessment, its
 * emotion profile, its follow-up jobs and, when it needs a person, its review case in one
 * transaction. When the API answers 201, all of them are in the database.
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

  @Transactional
  public Written write(UUID owner, EntryDraft draft) {
    Assessment assessment = screener.assess(draft.content());
    Optional<EmotionProfile> feelings = emotions.analyse(draft.content());
    JournalEntry entry = journal.write(owner, draft);
    assessments.record(entry.id(), assessment);
    feelings.ifPresent(p -> emotionRecords.record(entry.id(), p));
    jobs.enqueue(EntryEmbeddingJob.request(owner, entry.id(), entry.version()));
    Optional<CrisisCase> routed = queue.route(owner, entry.id(), assessment);
    return new Written(entry, assessment, routed.isPresent());
  }

  /** Revising an entry screens the new text too: risk written into an edit is not missed. */
  @Transactional
  public Written revise(UUID owner, UUID id, long expectedVersion, EntryDraft draft) {
    Assessment assessment = screener.assess(draft.content());
    Optional<EmotionProfile> feelings = emotions.analyse(draft.content());
    JournalEntry entry = journal.revise(owner, id, expectedVersion, draft);
    assessments.record(entry.id(), assessment);
    feelings.ifPresent(p -> emotionRecords.record(entry.id(), p));
    jobs.enqueue(EntryEmbeddingJob.request(owner, entry.id(), entry.version()));
    Optional<CrisisCase> routed = queue.route(owner, entry.id(), assessment);
    return new Written(entry, assessment, routed.isPresent());
  }

  /** The stored entry, its assessment, and whether the care team was asked to look. */
  public record Written(JournalEntry entry, Assessment assessment, boolean sentToCareTeam) {}
}
