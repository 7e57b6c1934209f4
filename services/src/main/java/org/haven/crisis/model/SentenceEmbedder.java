package org.haven.crisis.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/** MiniLM-L6-v2 (quantised), shipped inside its Maven artifact: 384 numbers per sentence. */
public final class SentenceEmbedder {

  public static final String NAME = "all-minilm-l6-v2-q";
  public static final int DIMENSIONS = 384;
  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  /** All sentences of a text at once, which the in-process model spreads over the cores. */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
  }
}
