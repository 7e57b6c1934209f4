package org.haven.crisis.model;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.platform.crypto.Sha256;

/**
 * MiniLM-L6-v2 (quantised), shipped inside its Maven artifact: 384 numbers per sentence.
 *
 * <p>Each thread remembers the vectors of its previous {@link #embedAll} call, keyed by the
 * sentences' SHA-256 rather than their text: crisis screening and emotion analysis of one entry
 * split it into the same sentences, and the second then embeds nothing again.
 */
public final class SentenceEmbedder {

  public static final String NAME = "all-minilm-l6-v2-q";
  public static final int DIMENSIONS = 384;
  private final EmbeddingModel model;
  private final WholeTextView view = new WholeTextView();
  private final ThreadLocal<Map<String, float[]>> previousCall =
      ThreadLocal.withInitial(HashMap::new);

  public SentenceEmbedder() {
    this(new MiniLm());
  }

  SentenceEmbedder(EmbeddingModel model) {
    this.model = model;
  }

  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  /**
   * All sentences of a text at once, which the in-process model spreads over the cores; the vectors
   * come back in the order of the sentences.
   */
  public List<float[]> embedAll(List<String> sentences) {
    Map<String, float[]> remembered = previousCall.get();
    List<String> keys = sentences.stream().map(SentenceEmbedder::key).toList();
    List<TextSegment> missing = new ArrayList<>();
    Set<String> asked = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (!remembered.containsKey(keys.get(i)) && asked.add(keys.get(i))) {
        missing.add(TextSegment.from(sentences.get(i)));
      }
    }
    // Longest first: the texts are embedded side by side, and the whole entry, last in the list,
    // would otherwise start when the sentences are done and keep one core busy alone.
    missing.sort(
        Comparator.comparingInt((TextSegment segment) -> segment.text().length()).reversed());
    Map<String, float[]> now = new HashMap<>();
    if (!missing.isEmpty()) {
      var vectors = model.embedAll(missing).content();
      for (int i = 0; i < missing.size(); i++) {
        now.put(key(missing.get(i).text()), vectors.get(i).vector());
      }
    }
    List<float[]> result = new ArrayList<>(sentences.size());
    for (String key : keys) {
      float[] vector = now.containsKey(key) ? now.get(key) : remembered.get(key);
      now.put(key, vector);
      result.add(vector);
    }
    previousCall.set(now);
    return result;
  }

  /**
   * How many leading characters of {@code text} its vector depends on: all of them, unless the text
   * is longer than the model reads.
   */
  public int charsSeen(String text) {
    return view.charsSeen(text);
  }

  private static String key(String sentence) {
    return Sha256.hex(sentence.getBytes(StandardCharsets.UTF_8));
  }
}
