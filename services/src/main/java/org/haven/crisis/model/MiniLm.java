package org.haven.crisis.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * LangChain4j's quantised all-MiniLM-L6-v2, from the files in its own jar, with ONNX Runtime on one
 * thread per text. LangChain4j already embeds the texts of one call side by side, one per core;
 * with ONNX Runtime's default of a thread per core for each text as well, the two fight over the
 * same cores, and a 1,000-character entry (its sentences and the whole) embeds about a fifth slower
 * on two cores. The vectors are the same.
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {

  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private final OnnxBertBiEncoder encoder;

  MiniLm() {
    super(null); // LangChain4j's own executor: one thread per core
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (InputStream model = resource(MODEL);
        InputStream tokenizer = resource(TOKENIZER);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.encoder =
          new OnnxBertBiEncoder(
              env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM could not be loaded", e);
    }
  }

  /** A file of LangChain4j's MiniLM jar, such as its tokenizer. */
  static InputStream resource(String name) throws IOException {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is missing from the MiniLM jar");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return SentenceEmbedder.DIMENSIONS;
  }
}
