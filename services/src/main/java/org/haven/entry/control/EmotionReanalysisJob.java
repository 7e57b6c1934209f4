package org.haven.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.haven.emotion.EmotionAnalysis;
import org.haven.emotion.EmotionModel;
import org.haven.emotion.EmotionProfile;
import org.haven.emotion.EmotionRecords;
import org.haven.entry.JournalEntry;
import org.haven.job.JobHandler;
import org.haven.job.JobOutcome;
import org.haven.job.JobRequest;
import org.haven.job.JobRun;
import org.haven.job.Jobs;
import org.haven.job.Priority;
import org.haven.job.Progress;
import org.haven.models.ModelActivated;

/**
 * Reads every entry's emotions again when an emotion model version becomes active: bulk work, in
 * batches ordered by entry id, each batch committed with its checkpoint so the job resumes where it
 * stopped.
 */
@ApplicationScoped
public class EmotionReanalysisJob implements JobHandler {

  public static final String KIND = "emotion-reanalysis";
  static final int BATCH = 50;

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject EmotionAnalysis analysis;

  @Inject EmotionRecords records;

  @Inject Jobs jobs;

  void onActivation(@Observes ModelActivated activation) {
    if (activation.name().equals(EmotionModel.NAME)) {
      String payload =
          Json.createObjectBuilder().add("model", activation.label()).build().toString();
      jobs.enqueue(JobRequest.of(KIND, Priority.BULK, payload));
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public JobOutcome step(JobRun run) {
    Progress at = run.progress();
    long total =
        at.total() > 0
            ? at.total()
            : em.createQuery("SELECT count(e) FROM JournalEntry e", Long.class).getSingleResult();
    List<JournalEntry> batch = nextBatch(at.cursor());
    for (JournalEntry entry : batch) {
      EmotionProfile profile =
          analysis
              .analyse(entry.content())
              .orElseThrow(() -> new IllegalStateException("Emotion analysis is unavailable"));
      records.record(entry.id(), profile);
    }
    String cursor = batch.isEmpty() ? at.cursor() : batch.get(batch.size() - 1).id().toString();
    Progress next =
        new Progress(at.done() + batch.size(), Math.max(total, at.done() + batch.size()), cursor);
    return batch.size() < BATCH ? JobOutcome.finished(next) : JobOutcome.continueFrom(next);
  }

  private List<JournalEntry> nextBatch(String cursor) {
    var query =
        cursor == null
            ? em.createQuery("SELECT e FROM JournalEntry e ORDER BY e.id", JournalEntry.class)
            : em.createQuery(
                    "SELECT e FROM JournalEntry e WHERE e.id > :after ORDER BY e.id",
                    JournalEntry.class)
                .setParameter("after", UUID.fromString(cursor));
    return query.setMaxResults(BATCH).getResultList();
  }
}
