package org.haven.crisis.model;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and word pairs the lexical half of the crisis model reads, each with its inverse
 * document frequency in the training corpus. A text becomes a sublinear tf-idf vector of unit
 * length. Words carry what sentence embeddings blur: who ("my character", "my brother"), when
 * ("years ago", "clean") and the non-English words MiniLM barely knows. The trainer builds it and
 * stores it inside the ONNX graph, so the graph's checksum covers it too.
 */
public final class Lexicon {

  /** The key of the lexicon in the ONNX graph's metadata. */
  public static final String METADATA_KEY = "haven.lexicon";

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");
  private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");
  private final List<String> terms;
  private final Map<String, Integer> index = new HashMap<>();
  private final float[] idf;

  public Lexicon(List<String> terms, float[] idf) {
    if (terms.size() != idf.length) {
      throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " weights");
    }
    this.terms = List.copyOf(terms);
    this.idf = idf.clone();
    for (int i = 0; i < terms.size(); i++) {
      index.put(terms.get(i), i);
    }
  }

  /**
   * Words (NFKC, lower case, apostrophes dropped, letters stretched past two squeezed to two), then
   * each pair of adjacent words.
   */
  public static List<String> terms(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'');
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      words.add(STRETCHED.matcher(m.group().replace("'", "")).replaceAll("$1$1"));
    }
    List<String> all = new ArrayList<>(words);
    for (int i = 1; i < words.size(); i++) {
      all.add(words.get(i - 1) + " " + words.get(i));
    }
    return all;
  }

  /** The terms found in at least {@code minTexts} of the texts, weighted ln((1+n)/(1+df))+1. */
  public static Lexicon of(List<String> texts, int minTexts) {
    Map<String, Integer> documentFrequency = new TreeMap<>();
    for (String text : texts) {
      for (String term : new HashSet<>(terms(text))) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    List<String> kept = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    documentFrequency.forEach(
        (term, df) -> {
          if (df >= minTexts) {
            kept.add(term);
            weights.add((float) (Math.log((1.0 + texts.size()) / (1.0 + df)) + 1));
          }
        });
    float[] idf = new float[weights.size()];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = weights.get(i);
    }
    return new Lexicon(kept, idf);
  }

  public int size() {
    return idf.length;
  }

  public List<String> terms() {
    return terms;
  }

  public OptionalInt indexOf(String term) {
    Integer i = index.get(term);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** (1 + ln count) x idf for each known term of the text, scaled to unit length. */
  public float[] vector(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String term : terms(text)) {
      Integer i = index.get(term);
      if (i != null) {
        counts.merge(i, 1, Integer::sum);
      }
    }
    float[] v = new float[idf.length];
    double squares = 0;
    for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
      double weight = (1 + Math.log(c.getValue())) * idf[c.getKey()];
      v[c.getKey()] = (float) weight;
      squares += weight * weight;
    }
    if (squares > 0) {
      float length = (float) Math.sqrt(squares);
      for (int i : counts.keySet()) {
        v[i] /= length;
      }
    }
    return v;
  }

  public String toJson() {
    JsonArrayBuilder termArray = Json.createArrayBuilder();
    JsonArrayBuilder idfArray = Json.createArrayBuilder();
    terms.forEach(termArray::add);
    for (float w : idf) {
      idfArray.add(w);
    }
    return Json.createObjectBuilder()
        .add("terms", termArray)
        .add("idf", idfArray)
        .build()
        .toString();
  }

  public static Lexicon fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    List<String> terms =
        o.getJsonArray("terms").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    List<JsonNumber> weights = o.getJsonArray("idf").getValuesAs(JsonNumber.class);
    float[] idf = new float[weights.size()];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = (float) weights.get(i).doubleValue();
    }
    return new Lexicon(terms, idf);
  }
}
