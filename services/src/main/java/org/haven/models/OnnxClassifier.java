package org.haven.models;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * One ONNX classifier over a sentence embedding, as Tribuo exports it: one input, a matrix of
 * scores in the order of the labels it was trained with. Thread-safe; close it to free the session.
 */
public final class OnnxClassifier implements AutoCloseable {

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final String input;
  private final List<String> labels;
  private volatile boolean open = true;

  public OnnxClassifier(byte[] onnx, List<String> labels, OrtSession.SessionOptions options)
      throws OrtException {
    this.session = env.createSession(onnx, options);
    this.input = session.getInputNames().iterator().next();
    this.labels = List.copyOf(labels);
  }

  public List<String> labels() {
    return labels;
  }

  /** The score of every label, in {@link #labels()} order. */
  public float[] scores(float[] embedding) {
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(
                env, FloatBuffer.wrap(embedding), new long[] {1, embedding.length});
        OrtSession.Result result = session.run(Map.of(input, tensor))) {
      return ((float[][]) result.get(0).getValue())[0];
    } catch (OrtException e) {
      throw new IllegalStateException("Inference failed", e);
    }
  }

  /** False once closed: a swapped-out version must end up closed, never in use. */
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws OrtException {
    open = false;
    session.close();
  }
}
