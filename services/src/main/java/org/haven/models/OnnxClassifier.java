package org.haven.models;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One ONNX classifier as Tribuo exports it: one input (a sentence embedding) or several named ones,
 * and a matrix of scores in the order of the labels it was trained with. Thread-safe; close it to
 * free the session.
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
    return scoresOfRows(Map.of(input, new float[][] {embedding}))[0];
  }

  /** The graph's inputs by name, for a model that reads more than an embedding. */
  public Set<String> inputs() {
    return session.getInputNames();
  }

  /** A value the trainer stored in the graph's metadata, such as a feature vocabulary. */
  public Optional<String> metadata(String key) {
    try {
      return Optional.ofNullable(session.getMetadata().getCustomMetadata().get(key));
    } catch (OrtException e) {
      throw new IllegalStateException("Model metadata unreadable", e);
    }
  }

  /**
   * The scores of many rows in one run, each named input holding the same number of rows: a graph
   * that multiplies matrices reads its weights once for all of them.
   */
  public float[][] scoresOfRows(Map<String, float[][]> inputs) {
    Map<String, OnnxTensor> tensors = new HashMap<>();
    try {
      for (Map.Entry<String, float[][]> input : inputs.entrySet()) {
        tensors.put(input.getKey(), matrix(input.getValue()));
      }
      try (OrtSession.Result result = session.run(tensors)) {
        return (float[][]) result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("Inference failed", e);
    } finally {
      tensors.values().forEach(OnnxTensor::close);
    }
  }

  private OnnxTensor matrix(float[][] rows) throws OrtException {
    int width = rows.length == 0 ? 0 : rows[0].length;
    FloatBuffer values = FloatBuffer.allocate(rows.length * width);
    for (float[] row : rows) {
      values.put(row);
    }
    values.flip();
    return OnnxTensor.createTensor(env, values, new long[] {rows.length, width});
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
