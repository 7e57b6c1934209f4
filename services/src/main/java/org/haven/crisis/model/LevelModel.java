package org.haven.crisis.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.haven.crisis.RiskLevel;
import org.haven.models.ExecutionProvider;
import org.haven.models.ModelUpload;
import org.haven.models.OnnxClassifier;
import org.haven.models.ProviderChoice;
import org.haven.platform.crypto.Sha256;

/**
 * The crisis-level classifier: an ONNX graph from Tribuo over a sentence embedding and, when the
 * graph carries a {@link Lexicon}, the sentence's words, with the label order and decision
 * thresholds stored beside it. Refuses to load when the checksum in its metadata does not match the
 * graph. Thread-safe; close it to free the native session.
 */
public final class LevelModel implements AutoCloseable {

  public static final String NAME = "crisis-level";
  private static final String FILE = NAME;
  public static final String RESOURCE = "crisis/model/" + FILE;

  /** The graph's inputs when it has a lexical half: the sentence embedding and the text's words. */
  public static final String EMBEDDING = "embedding";

  public static final String TERMS = "terms";
  private final OnnxClassifier classifier;
  private final Optional<Lexicon> lexicon;
  private final String embeddingInput;
  private final List<RiskLevel> labels;
  private final String version;
  private final RaiseThresholds thresholds;
  private final Optional<ContextGate> contextGate;

  private final ExecutionProvider provider;

  private LevelModel(byte[] onnx, JsonObject meta, ProviderChoice placement) throws OrtException {
    String expected = meta.getString("sha256");
    String actual = Sha256.hex(onnx);
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          "Crisis model checksum mismatch: expected " + expected + ", got " + actual);
    }
    this.labels =
        meta.getJsonArray("labels").getValuesAs(JsonString.class).stream()
            .map(s -> RiskLevel.valueOf(s.getString()))
            .toList();
    this.version = meta.getString("name") + "@" + meta.getString("version");
    this.thresholds = RaiseThresholds.from(meta.getJsonObject("thresholds"));
    this.contextGate = ContextGate.from(meta);
    // One thread per call: the server screens many entries at once on few cores, so it runs them
    // side by side rather than splitting one (all sentences of a 1,000-character entry take about
    // 1 ms in one run of the graph).
    try (OrtSession.SessionOptions options = placement.sessionOptions(1)) {
      this.classifier = new OnnxClassifier(onnx, labels.stream().map(Enum::name).toList(), options);
    }
    this.lexicon = classifier.metadata(Lexicon.METADATA_KEY).map(Lexicon::fromJson);
    if (lexicon.isPresent() != classifier.inputs().contains(TERMS)) {
      classifier.close();
      throw new IllegalStateException("Crisis model graph and lexicon do not match");
    }
    this.embeddingInput = lexicon.isPresent() ? EMBEDDING : classifier.inputs().iterator().next();
    this.provider = placement.chosen();
  }

  /** A model from its graph and metadata, as the trainer or a model registry holds them. */
  public static LevelModel of(byte[] onnx, JsonObject meta) {
    return of(onnx, meta, ProviderChoice.cpu());
  }

  /** The same, placed on the execution provider the server chose. */
  public static LevelModel of(byte[] onnx, JsonObject meta, ProviderChoice placement) {
    try {
      return new LevelModel(onnx, meta, placement);
    } catch (OrtException e) {
      throw new IllegalStateException("Crisis model could not be loaded", e);
    }
  }

  /** A model from a directory holding crisis-level.onnx and crisis-level.json. */
  public static LevelModel fromDirectory(java.nio.file.Path dir) {
    return fromUpload(upload(dir), ProviderChoice.cpu());
  }

  /** The model shipped on the class path. */
  public static LevelModel fromClassPath(ClassLoader loader) {
    return fromUpload(upload(loader), ProviderChoice.cpu());
  }

  /** Loads metadata as the registry stores it (JSON text) on the chosen provider. */
  public static LevelModel load(byte[] onnx, String metadata, ProviderChoice placement) {
    return of(onnx, Json.createReader(new StringReader(metadata)).readObject(), placement);
  }

  private static LevelModel fromUpload(ModelUpload upload, ProviderChoice placement) {
    return load(upload.onnx(), upload.metadata(), placement);
  }

  /** The files of a trained model in a directory, as a version to register. */
  public static ModelUpload upload(java.nio.file.Path dir) {
    return ModelUpload.fromDirectory(dir, FILE);
  }

  /** The model shipped on the class path, as a version to register. */
  public static ModelUpload upload(ClassLoader loader) {
    return ModelUpload.fromClassPath(loader, RESOURCE);
  }

  public ExecutionProvider provider() {
    return provider;
  }

  public String version() {
    return version;
  }

  /**
   * Probability of each level for one sentence or text and its embedding. A graph with a lexical
   * half also reads the text's words; an older graph reads the embedding alone.
   */
  public Map<RiskLevel, Double> probabilities(float[] embedding, String text) {
    return probabilities(List.of(embedding), List.of(text)).get(0);
  }

  /** The same for several texts in one run of the graph, in their order. */
  public List<Map<RiskLevel, Double>> probabilities(List<float[]> embeddings, List<String> texts) {
    Map<String, float[][]> inputs = new HashMap<>();
    inputs.put(embeddingInput, embeddings.toArray(float[][]::new));
    lexicon.ifPresent(
        words -> inputs.put(TERMS, texts.stream().map(words::vector).toArray(float[][]::new)));
    return Arrays.stream(classifier.scoresOfRows(inputs)).map(this::byLevel).toList();
  }

  private Map<RiskLevel, Double> byLevel(float[] scores) {
    Map<RiskLevel, Double> byLevel = new EnumMap<>(RiskLevel.class);
    for (int i = 0; i < labels.size(); i++) {
      byLevel.put(labels.get(i), (double) scores[i]);
    }
    return byLevel;
  }

  /** The level the probabilities justify raising to, by the thresholds stored with the model. */
  public RiskLevel levelFor(Map<RiskLevel, Double> p) {
    return thresholds.levelFor(p);
  }

  /** The stricter thresholds for sentences of a benign-looking entry, when the model has them. */
  public Optional<ContextGate> contextGate() {
    return contextGate;
  }

  @Override
  public void close() throws OrtException {
    classifier.close();
  }
}
