package org.haven.crisis.model;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** MiniLM-L6-v2 (quantised), shipped inside its Maven artifact: 384 numbers per sentence. */
public final class SentenceEmbedder {

  public static final String NAME = "all-minilm-l6-v2-q";
  public static final int DIMENSIONS = 384;
  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }
}
