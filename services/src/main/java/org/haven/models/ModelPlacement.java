package org.haven.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides once per server where models run, by probing with a small ONNX graph from the class path,
 * and remembers the decision for every model that loads after it and for the reports.
 */
@ApplicationScoped
public class ModelPlacement {

  private static final Logger LOG = Logger.getLogger(ModelPlacement.class.getName());

  @Inject ExecutionProviderProbe probe;

  @Inject
  @ConfigProperty(
      name = "haven.models.probe-model",
      defaultValue = "crisis/model/crisis-level.onnx")
  String probeModel;

  private volatile ProviderChoice choice;

  public ProviderChoice choice() {
    if (choice == null) {
      synchronized (this) {
        if (choice == null) {
          choice = probe.choose(probeGraph());
        }
      }
    }
    return choice;
  }

  /** The probe's choice, or the CPU if even probing failed: a model must load somewhere. */
  public ProviderChoice choiceOrCpu() {
    try {
      return choice();
    } catch (RuntimeException | LinkageError e) {
      LOG.warning(
          () -> "Execution-provider probe failed, using the CPU: " + e.getClass().getName());
      return ProviderChoice.cpu();
    }
  }

  private byte[] probeGraph() {
    try (InputStream in = ModelPlacement.class.getClassLoader().getResourceAsStream(probeModel)) {
      if (in == null) {
        throw new IllegalStateException("No probe model at " + probeModel);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
