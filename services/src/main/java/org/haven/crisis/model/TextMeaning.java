package org.haven.crisis.model;

import java.nio.ByteBuffer;
import java.util.List;
import org.haven.models.SentenceSpans;

/**
 * A text's meaning as one unit vector (entries for search, entries and passages for support): the
 * mean of its sentences' embeddings, normalised, so long entries are not cut at the embedding
 * model's input limit.
 */
public final class TextMeaning {

  private static final int MAX_SENTENCES = 64;

  private TextMeaning() {}

  public static float[] of(String text, SentenceEmbedder embedder) {
    List<String> sentences =
        SentenceSpans.split(text, MAX_SENTENCES).stream()
            .map(s -> text.substring(s[0], s[1]))
            .toList();
    float[] mean = new float[SentenceEmbedder.DIMENSIONS];
    for (float[] v : embedder.embedAll(sentences.isEmpty() ? List.of(text) : sentences)) {
      for (int i = 0; i < mean.length; i++) {
        mean[i] += v[i];
      }
    }
    return normalised(mean);
  }

  public static float[] normalised(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    float[] unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = v[i] * scale;
    }
    return unit;
  }

  /** Cosine similarity of two unit vectors. */
  public static double similarity(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  public static byte[] bytes(float[] v) {
    ByteBuffer buffer = ByteBuffer.allocate(v.length * Float.BYTES);
    buffer.asFloatBuffer().put(v);
    return buffer.array();
  }

  public static float[] floats(byte[] bytes) {
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(v);
    return v;
  }
}
