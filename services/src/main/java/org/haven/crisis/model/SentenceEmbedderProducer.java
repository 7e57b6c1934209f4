package org.haven.crisis.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One MiniLM per server, shared by every model that reads sentence embeddings (crisis screening,
 * emotions), instead of a copy loaded by each.
 */
@ApplicationScoped
public class SentenceEmbedderProducer {

  @Produces
  @Singleton
  SentenceEmbedder embedder() {
    return new SentenceEmbedder();
  }
}
