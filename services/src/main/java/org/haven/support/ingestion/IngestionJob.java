package org.haven.support.ingestion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.job.JobHandler;
import org.haven.job.JobOutcome;
import org.haven.job.JobRequest;
import org.haven.job.JobRun;
import org.haven.job.Priority;
import org.haven.job.Progress;
import org.haven.support.knowledge.EvidenceLevel;
import org.haven.support.knowledge.Passage;
import org.haven.support.retrieval.KnowledgeStore;
import org.haven.support.retrieval.PassageHash;
import org.haven.support.retrieval.PassageMeaning;

/**
 * Cuts one document into passages and embeds them, a batch per step. Each step saves where the text
 * is cut up to, so a job interrupted by a restart goes on from there; passages whose text is
 * already in the knowledge base are skipped.
 */
@ApplicationScoped
public class IngestionJob implements JobHandler {

  public static final String KIND = "knowledge-ingestion";
  private static final Logger LOG = Logger.getLogger(IngestionJob.class.getName());

  @Inject IngestionSettings settings;

  @Inject Instance<SentenceEmbedder> embedder;

  @Resource TransactionSynchronizationRegistry transactions;

  private final DocumentStore documents = new DocumentStore();
  private final KnowledgeStore passages = new KnowledgeStore();

  static JobRequest request(UUID document) {
    String payload =
        Json.createObjectBuilder().add("documentId", document.toString()).build().toString();
    return JobRequest.of(KIND, Priority.BULK, payload).once(KIND + ":" + document);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public JobOutcome step(JobRun run) throws SQLException {
    UUID id =
        UUID.fromString(
            Json.createReader(new StringReader(run.payload()))
                .readObject()
                .getString("documentId"));
    Connection c = run.connection();
    Optional<DocumentMeta> meta = documents.meta(c, id);
    Path file = settings.documents().resolve(id.toString());
    if (meta.isEmpty()) {
      return JobOutcome.finished();
    }
    Progress from = run.progress();
    long offset = from.cursor() == null ? 0 : Long.parseLong(from.cursor());
    try (Reader text = DocumentText.open(file, meta.get().mediaType())) {
      Chunker chunker = new Chunker(text, settings.chunkSize(), settings.chunkOverlap(), offset);
      long number = from.done();
      int stored = 0;
      long resumeAt = offset;
      boolean last = false;
      for (int i = 0; i < settings.batch() && !last; i++) {
        Optional<Chunker.Chunk> chunk = chunker.next();
        if (chunk.isEmpty()) {
          last = true;
          break;
        }
        if (store(c, id, meta.get(), number++, chunk.get().text())) {
          stored++;
        }
        resumeAt = chunk.get().resumeAt();
        last = chunk.get().last();
      }
      documents.progress(c, id, resumeAt, stored);
      if (last) {
        documents.ready(c, id);
        deleteAfterCommit(file);
        return JobOutcome.finished(new Progress(number, number, null));
      }
      return JobOutcome.continueFrom(new Progress(number, 0, Long.toString(resumeAt)));
    } catch (IOException unreadable) {
      documents.failed(c, id, "Cannot read the document: " + unreadable.getClass().getSimpleName());
      return JobOutcome.finished();
    }
  }

  /** The upload goes only once the document is READY for good: a failed commit retries the step. */
  private void deleteAfterCommit(Path file) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              try {
                Files.deleteIfExists(file);
              } catch (IOException e) {
                LOG.warning(() -> "Could not delete an ingested upload: " + e.getClass().getName());
              }
            }
          }
        });
  }

  private boolean store(Connection c, UUID id, DocumentMeta meta, long number, String text)
      throws SQLException {
    Passage passage =
        new Passage(
            "doc/" + id + "/" + number,
            meta.title(),
            meta.domain(),
            List.of(),
            EvidenceLevel.UNRATED,
            meta.contraindications(),
            text,
            List.of(meta.citation()));
    if (!passages.put(c, passage, PassageHash.of(passage), Optional.of(id))) {
      return false;
    }
    passages.setVectors(
        c, passage.key(), PassageMeaning.of(passage, embedder.get()), SentenceEmbedder.NAME);
    return true;
  }
}
