package org.haven.entry.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.UUID;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.entry.JournalEntry;
import org.haven.job.JobHandler;
import org.haven.job.JobOutcome;
import org.haven.job.JobRequest;
import org.haven.job.JobRun;
import org.haven.job.Priority;
import org.haven.platform.crypto.Keyring;

/** Embeds one entry after it is written or revised, and stores the vector sealed. */
@ApplicationScoped
public class EntryEmbeddingJob implements JobHandler {

  public static final String KIND = "entry-embedding";

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject Keyring keyring;

  @Inject Instance<SentenceEmbedder> embedder;

  private final EntryVectors vectors = new EntryVectors();

  /** The job for one version of an entry: enqueued twice, it runs once. */
  public static JobRequest request(UUID owner, UUID entryId, long version) {
    String payload =
        Json.createObjectBuilder().add("entryId", entryId.toString()).build().toString();
    return JobRequest.of(KIND, Priority.INTERACTIVE, payload)
        .once(KIND + ":" + entryId + ":" + version)
        .forPerson(owner);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public JobOutcome step(JobRun run) throws Exception {
    UUID id =
        UUID.fromString(
            Json.createReader(new StringReader(run.payload())).readObject().getString("entryId"));
    JournalEntry entry = em.find(JournalEntry.class, id);
    if (entry != null) {
      float[] meaning = TextMeaning.of(entry.content(), embedder.get());
      byte[] sealed = keyring.seal(TextMeaning.bytes(meaning), EntryVectors.subject(id));
      vectors.put(run.connection(), id, entry.ownerId(), sealed, SentenceEmbedder.NAME);
    }
    return JobOutcome.finished();
  }
}
