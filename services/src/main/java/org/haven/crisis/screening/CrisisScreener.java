package org.haven.crisis.screening;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.haven.crisis.Assessment;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.model.LearnedScreening;
import org.haven.crisis.model.LevelModel;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.models.ModelPlacement;
import org.haven.models.ModelRegistry;
import org.haven.models.ModelSlot;
import org.haven.models.ProviderChoice;

/**
 * Screens every text: the rule floor always, the learned layer when it loaded. Never throws: if
 * screening itself fails, the answer says so ({@link #SCREENING_FAILED} among the degraded
 * components) at a level that shows the person crisis resources, and the review queue opens a case
 * so a clinician reads the entry. A model that is missing or broken leaves the floor in charge.
 */
@ApplicationScoped
public class CrisisScreener {

  public static final String SCREENING_FAILED = "screening-failed";
  private static final Logger LOG = Logger.getLogger(CrisisScreener.class.getName());

  @Inject
  @ConfigProperty(name = "haven.crisis.model.enabled", defaultValue = "true")
  boolean modelEnabled;

  @Inject
  @ConfigProperty(name = "haven.crisis.model.dir")
  Optional<String> modelDir;

  @Inject ModelPlacement placement;

  @Inject ModelRegistry registry;

  // Resolved inside loadModel(): a native library that fails to load must leave the rules running.
  @Inject Instance<SentenceEmbedder> embedder;

  private CombinedScreening screening;
  // Read at each call: an activation swaps the model version without reloading the screener.
  private Supplier<String> versions = () -> "none";
  private ModelSlot<LevelModel> model;

  @PostConstruct
  void load() {
    RuleFloor floor;
    try {
      floor = RuleFloor.fromClassPath();
    } catch (RuntimeException e) {
      // Entries are still stored and every one goes to a clinician; see assess().
      LOG.log(Level.SEVERE, "Crisis rule book failed to load: {0}", e.getMessage());
      return;
    }
    Optional<LearnedScreening> learned = modelEnabled ? loadModel() : Optional.empty();
    screening = new CombinedScreening(floor, learned);
    versions = () -> floor.version() + learned.map(l -> "+" + l.version()).orElse("");
    LOG.info(
        () ->
            "Crisis screening ready: "
                + floor.version()
                + learned.map(l -> " + " + l.version()).orElse(" (rules only)"));
  }

  private Optional<LearnedScreening> loadModel() {
    try {
      ProviderChoice where = placement.choiceOrCpu();
      model =
          registry.serve(
              LevelModel.NAME,
              () ->
                  modelDir
                      .map(dir -> LevelModel.upload(Path.of(dir)))
                      .orElseGet(() -> LevelModel.upload(CrisisScreener.class.getClassLoader())),
              (onnx, metadata) -> LevelModel.load(onnx, metadata, where));
      return Optional.of(new LearnedScreening(embedder.get(), model));
    } catch (RuntimeException | LinkageError e) {
      // A native library (ONNX Runtime, tokenizers) that cannot load is a LinkageError.
      LOG.log(
          Level.SEVERE, "Crisis model unavailable, screening with rules only: {0}", e.toString());
      return Optional.empty();
    }
  }

  /** The rule-book and model versions that decide now: equal versions, equal assessments. */
  public String versions() {
    return versions.get();
  }

  /** The assessment of a text; never throws, never blocks on anything but this process. */
  @Timed(
      name = "haven_crisis_screening",
      absolute = true,
      description = "Time to screen one text, rules and model together")
  public Assessment assess(String text) {
    long started = System.nanoTime();
    if (screening == null) {
      return failed(Duration.ofNanos(System.nanoTime() - started));
    }
    try {
      return screening.assess(text);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.SEVERE,
          "Crisis screening failed: {0}; the entry goes to a clinician",
          e.getClass().getName());
      return failed(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  static Assessment failed(Duration elapsed) {
    return new Assessment(
        RiskLevel.MODERATE, 0, List.of(), List.of(), List.of(), Set.of(SCREENING_FAILED), elapsed);
  }
}
