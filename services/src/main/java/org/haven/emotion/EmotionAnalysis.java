package org.haven.emotion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.models.ModelPlacement;
import org.haven.models.ModelRegistry;
import org.haven.models.ModelUpload;

/**
 * The server's emotion analysis, served through the model registry. Never throws: an entry is
 * stored whether or not its emotions could be read, and only crisis screening is safety-critical.
 */
@ApplicationScoped
public class EmotionAnalysis {

  private static final Logger LOG = Logger.getLogger(EmotionAnalysis.class.getName());

  @Inject ModelRegistry registry;

  @Inject ModelPlacement placement;

  // Resolved inside analyzer(), whose failures are caught: emotions must never block a write.
  @Inject Instance<SentenceEmbedder> embedder;

  @Inject
  @ConfigProperty(name = "haven.emotion.enabled", defaultValue = "true")
  boolean enabled;

  private volatile EmotionAnalyzer analyzer;

  /** Loads the model now, at start-up, rather than in the first entry's request. */
  public void prepare() {
    if (enabled) {
      try {
        analyzer();
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "Emotion model not loaded at start: {0}", e.getClass().getName());
      }
    }
  }

  public Optional<EmotionProfile> analyse(String text) {
    if (!enabled) {
      return Optional.empty();
    }
    try {
      return Optional.of(analyzer().analyse(text));
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "Emotion analysis unavailable: {0}", e.getClass().getName());
      return Optional.empty();
    }
  }

  private EmotionAnalyzer analyzer() {
    if (analyzer == null) {
      synchronized (this) {
        if (analyzer == null) {
          var where = placement.choiceOrCpu();
          analyzer =
              new EmotionAnalyzer(
                  embedder.get(),
                  registry.serve(
                      EmotionModel.NAME,
                      () ->
                          ModelUpload.fromClassPath(
                              EmotionAnalysis.class.getClassLoader(), EmotionModel.RESOURCE),
                      (onnx, metadata) -> EmotionModel.load(onnx, metadata, where)));
        }
      }
    }
    return analyzer;
  }
}
