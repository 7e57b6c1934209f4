package org.haven.support.retrieval;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.job.Transactions;
import org.haven.support.knowledge.BundledKnowledge;
import org.haven.support.knowledge.Passage;

/**
 * The knowledge base as this server searches it: every embedded passage in a {@link VectorIndex}.
 * At start the bundled passages are brought into the database and whatever has no vector yet is
 * embedded; then the index follows the database, so a document ingested on one server is found on
 * every server within the refresh interval.
 */
@ApplicationScoped
public class KnowledgeBase {

  private static final Logger LOG = Logger.getLogger(KnowledgeBase.class.getName());
  private static final int EMBED_BATCH = 64;

  @Inject Transactions transactions;

  @Inject Instance<SentenceEmbedder> embedder;

  @Inject
  @ConfigProperty(name = "haven.knowledge.refresh-interval", defaultValue = "PT30S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "haven.knowledge.domain-weight", defaultValue = "0.5")
  double domainWeight;

  @Inject
  @ConfigProperty(name = "haven.knowledge.one-per-domain", defaultValue = "true")
  boolean onePerDomain;

  @Resource ManagedScheduledExecutorService scheduler;

  private final KnowledgeStore store = new KnowledgeStore();
  private volatile VectorIndex index = VectorIndex.empty();
  private volatile String version = "";
  private ScheduledFuture<?> task;

  /** Never stops the server: without a knowledge base, support is the vetted template alone. */
  public void start() {
    try {
      syncBundled();
      refresh();
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Knowledge base unavailable; support uses templates: {0}",
          e.getClass().getName());
    }
    long millis = interval.toMillis();
    task =
        scheduler.scheduleWithFixedDelay(
            this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** The k passages nearest to a text's meaning that the filter allows, best first. */
  public List<Hit> find(String text, RetrievalFilter filter, int k) {
    return find(TextMeaning.of(text, embedder.get()), filter, k);
  }

  public List<Hit> find(float[] meaning, RetrievalFilter filter, int k) {
    return index.nearest(meaning, filter, k);
  }

  /** Embeds what is new and rebuilds the index if the database changed since the last look. */
  public void refresh() {
    embedMissing();
    String now = transactions.inTransaction(store::version);
    if (!now.equals(version)) {
      KnowledgeStore.Embedded embedded = transactions.inTransaction(store::embedded);
      index =
          VectorIndex.of(
              embedded.passages(), embedded.vectors(), new Ranking(domainWeight, onePerDomain));
      version = now;
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Knowledge base refresh failed: {0}", e.getClass().getName());
    }
  }

  private void syncBundled() {
    List<Passage> bundled = BundledKnowledge.passages();
    transactions.inTransaction(
        c -> {
          Map<String, String> stored = store.bundledHashes(c);
          Set<String> keys = new HashSet<>();
          for (Passage p : bundled) {
            keys.add(p.key());
            String hash = PassageHash.of(p);
            if (!hash.equals(stored.get(p.key()))) {
              store.put(c, p, hash, Optional.empty());
            }
          }
          for (String gone : stored.keySet()) {
            if (!keys.contains(gone)) {
              store.deleteBundled(c, gone);
            }
          }
          return null;
        });
  }

  private void embedMissing() {
    List<Passage> batch;
    do {
      batch = transactions.inTransaction(c -> store.unembedded(c, EMBED_BATCH));
      List<Passage> embedding = batch;
      List<List<float[]>> vectors =
          embedding.stream().map(p -> PassageMeaning.of(p, embedder.get())).toList();
      transactions.inTransaction(
          c -> {
            for (int i = 0; i < embedding.size(); i++) {
              store.setVectors(c, embedding.get(i).key(), vectors.get(i), SentenceEmbedder.NAME);
            }
            return null;
          });
    } while (batch.size() == EMBED_BATCH);
  }
}
