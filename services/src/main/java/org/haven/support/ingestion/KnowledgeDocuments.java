package org.haven.support.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.job.Jobs;
import org.haven.job.Transactions;
import org.haven.support.retrieval.KnowledgeBase;

/**
 * Operators' documents: an upload is streamed to disk while it is hashed (never held in memory), a
 * document already known by its hash is not added twice, and a new one is recorded, audited and
 * queued for ingestion in one transaction.
 */
@ApplicationScoped
public class KnowledgeDocuments {

  @Inject Transactions transactions;

  @Inject Jobs jobs;

  @Inject AuditLog audit;

  @Inject IngestionSettings settings;

  @Inject KnowledgeBase knowledge;

  private final DocumentStore store = new DocumentStore();

  public Added add(InputStream body, DocumentMeta meta, String actor) {
    if (!DocumentText.supported(meta.mediaType())) {
      throw new UnsupportedDocument(meta.mediaType());
    }
    Received received = receive(body);
    Path incoming = received.file();
    try {
      String hash = received.sha256();
      Optional<UUID> known = transactions.inTransaction(c -> store.withHash(c, hash));
      if (known.isPresent()) {
        return new Added(find(known.get()).orElseThrow(), true);
      }
      UUID id = UUID.randomUUID();
      long size = Files.size(incoming);
      Path stored = settings.documents().resolve(id.toString());
      Files.move(incoming, stored, StandardCopyOption.ATOMIC_MOVE);
      try {
        transactions.inTransaction(
            c -> {
              store.insert(c, id, meta, size, hash, actor);
              store.setJob(c, id, jobs.enqueue(IngestionJob.request(id)));
              audit.record(actor, AuditAction.KNOWLEDGE_DOCUMENT_ADDED, "knowledge_document/" + id);
              return null;
            });
      } catch (RuntimeException e) {
        delete(stored);
        // The same bytes uploaded at the same moment: the other upload won.
        Optional<UUID> raced = transactions.inTransaction(c -> store.withHash(c, hash));
        if (raced.isPresent()) {
          return new Added(find(raced.get()).orElseThrow(), true);
        }
        throw e;
      }
      return new Added(find(id).orElseThrow(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(incoming);
    }
  }

  public Optional<KnowledgeDocument> find(UUID id) {
    return transactions.inTransaction(c -> store.find(c, id));
  }

  public List<KnowledgeDocument> list() {
    return transactions.inTransaction(store::list);
  }

  /** Removes a document and its passages: at once here, at their next refresh on other servers. */
  public boolean delete(UUID id, String actor) {
    boolean deleted =
        transactions.inTransaction(
            c -> {
              boolean gone = store.delete(c, id);
              if (gone) {
                audit.record(
                    actor, AuditAction.KNOWLEDGE_DOCUMENT_DELETED, "knowledge_document/" + id);
              }
              return gone;
            });
    delete(settings.documents().resolve(id.toString()));
    if (deleted) {
      knowledge.refresh();
    }
    return deleted;
  }

  /** Streams the body to a file, hashing it on the way: the upload is read once. */
  private Received receive(InputStream body) {
    try {
      Files.createDirectories(settings.documents());
      Path incoming = Files.createTempFile(settings.documents(), "incoming-", ".part");
      DigestInputStream hashing = new DigestInputStream(body, digest());
      try {
        Files.copy(hashing, incoming, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException tooLargeOrBroken) {
        delete(incoming);
        throw tooLargeOrBroken;
      }
      return new Received(incoming, HexFormat.of().formatHex(hashing.getMessageDigest().digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Received(Path file, String sha256) {}

  /** The document, and whether it was already there (then nothing was added). */
  public record Added(KnowledgeDocument document, boolean duplicate) {}
}
