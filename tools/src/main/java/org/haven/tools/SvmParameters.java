package org.haven.tools;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters of a one-against-one support vector machine as an ONNX {@code SVMClassifier} node
 * holds them, and the matrices {@link RbfSvmAsMatMul} builds from them. Support vectors are grouped
 * by class; for a support vector of class c, coefficient row r belongs to its pair with class r
 * when r &lt; c and with class r + 1 otherwise (LibSVM's layout).
 */
record SvmParameters(
    float[] supportVectors, float[] coefficients, long[] vectorsPerClass, float gamma) {

  static SvmParameters of(NodeProto node) {
    return new SvmParameters(
        floats(node, "support_vectors"),
        floats(node, "coefficients"),
        attribute(node, "vectors_per_class").getIntsList().stream()
            .mapToLong(Long::longValue)
            .toArray(),
        attribute(node, "kernel_params").getFloats(0));
  }

  int classes() {
    return vectorsPerClass.length;
  }

  int vectors() {
    return (int) Arrays.stream(vectorsPerClass).sum();
  }

  int features() {
    return supportVectors.length / vectors();
  }

  int pairs() {
    return classes() * (classes() - 1) / 2;
  }

  float[] supportVectorsTransposed() {
    int n = vectors();
    int d = features();
    float[] transposed = new float[d * n];
    for (int v = 0; v < n; v++) {
      for (int f = 0; f < d; f++) {
        transposed[f * n + v] = supportVectors[v * d + f];
      }
    }
    return transposed;
  }

  /** {@code -gamma |s|^2} for each support vector s. */
  float[] scaledSupportNorms() {
    int d = features();
    float[] norms = new float[vectors()];
    for (int v = 0; v < norms.length; v++) {
      double sum = 0;
      for (int f = 0; f < d; f++) {
        sum += (double) supportVectors[v * d + f] * supportVectors[v * d + f];
      }
      norms[v] = (float) (-gamma * sum);
    }
    return norms;
  }

  /**
   * A support-vectors-by-pairs matrix: the kernel values times it give each pair's decision value
   * before its offset, pairs in the order (0,1), (0,2), ... (1,2), ...
   */
  float[] pairCoefficients() {
    int n = vectors();
    int pairs = pairs();
    float[] matrix = new float[n * pairs];
    int pair = 0;
    for (int i = 0; i < classes(); i++) {
      for (int j = i + 1; j < classes(); j++, pair++) {
        for (int v = start(i); v < start(i + 1); v++) {
          matrix[v * pairs + pair] = coefficients[(j - 1) * n + v];
        }
        for (int v = start(j); v < start(j + 1); v++) {
          matrix[v * pairs + pair] = coefficients[i * n + v];
        }
      }
    }
    return matrix;
  }

  /** For the coupling node: every class holds one unit vector per pair, so its kernel is a pick. */
  float[] unitPairs() {
    int pairs = pairs();
    float[] vectors = new float[classes() * pairs * pairs];
    for (int c = 0; c < classes(); c++) {
      for (int p = 0; p < pairs; p++) {
        vectors[(c * pairs + p) * pairs + p] = 1;
      }
    }
    return vectors;
  }

  /**
   * For the coupling node: of the two classes of a pair, the first one's unit vector for that pair
   * counts once, so each pair's sum is exactly its decision value.
   */
  float[] pairSelectors() {
    int pairs = pairs();
    int vectors = classes() * pairs;
    float[] coefficients = new float[(classes() - 1) * vectors];
    int pair = 0;
    for (int i = 0; i < classes(); i++) {
      for (int j = i + 1; j < classes(); j++, pair++) {
        coefficients[(j - 1) * vectors + i * pairs + pair] = 1;
      }
    }
    return coefficients;
  }

  AttributeProto pairsPerClass() {
    long[] counts = new long[classes()];
    Arrays.fill(counts, pairs());
    return RbfSvmAsMatMul.ints("vectors_per_class", counts);
  }

  private int start(int cls) {
    int start = 0;
    for (int c = 0; c < cls; c++) {
      start += (int) vectorsPerClass[c];
    }
    return start;
  }

  private static float[] floats(NodeProto node, String name) {
    List<Float> values = attribute(node, name).getFloatsList();
    float[] array = new float[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  private static AttributeProto attribute(NodeProto node, String name) {
    return node.getAttributeList().stream()
        .filter(a -> a.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("SVM node has no " + name));
  }
}
