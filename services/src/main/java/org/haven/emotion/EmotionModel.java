package org.haven.emotion;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.haven.models.ModelUpload;
import org.haven.models.OnnxClassifier;
import org.haven.models.ProviderChoice;

/** The emotion classifier: probabilities of the nine emotions for one sentence embedding. */
public final class EmotionModel implements AutoCloseable {

  public static final String NAME = "emotion";
  public static final String RESOURCE = "emotion/model/" + NAME;

  private final OnnxClassifier classifier;
  private final List<Emotion> labels;
  private final String version;

  private EmotionModel(byte[] onnx, JsonObject meta, ProviderChoice placement) throws OrtException {
    this.labels =
        meta.getJsonArray("labels").getValuesAs(JsonString.class).stream()
            .map(s -> Emotion.ofLabel(s.getString()))
            .toList();
    this.version = meta.getString("name") + "@" + meta.getString("version");
    try (OrtSession.SessionOptions options = placement.sessionOptions(1)) {
      this.classifier =
          new OnnxClassifier(onnx, labels.stream().map(Emotion::label).toList(), options);
    }
  }

  public static EmotionModel load(byte[] onnx, String metadata, ProviderChoice placement) {
    try {
      return new EmotionModel(
          onnx, Json.createReader(new StringReader(metadata)).readObject(), placement);
    } catch (OrtException e) {
      throw new IllegalStateException("Emotion model could not be loaded", e);
    }
  }

  public static EmotionModel fromUpload(ModelUpload upload, ProviderChoice placement) {
    return load(upload.onnx(), upload.metadata(), placement);
  }

  public Map<Emotion, Double> probabilities(float[] embedding) {
    float[] scores = classifier.scores(embedding);
    Map<Emotion, Double> byEmotion = new EnumMap<>(Emotion.class);
    for (int i = 0; i < labels.size(); i++) {
      byEmotion.put(labels.get(i), (double) scores[i]);
    }
    return byEmotion;
  }

  public boolean isOpen() {
    return classifier.isOpen();
  }

  public String version() {
    return version;
  }

  @Override
  public void close() throws OrtException {
    classifier.close();
  }
}
