package org.haven.models;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the first provider, in the configured order, on which a real session can be created. The
 * list ONNX Runtime reports is what the build contains, not what works (the GPU build lists CUDA on
 * a machine without a GPU), so each candidate is tried with a small model and CPU is the floor.
 */
@ApplicationScoped
public class ExecutionProviderProbe {

  private static final Logger LOG = Logger.getLogger(ExecutionProviderProbe.class.getName());

  @Inject
  @ConfigProperty(
      name = "haven.models.providers",
      defaultValue = "CUDA,TENSORRT,ROCM,OPENVINO,DIRECTML,COREML,CPU")
  List<ExecutionProvider> preference;

  /** 0: one per physical core, at most {@code haven.models.max-intra-op-threads}. */
  @Inject
  @ConfigProperty(name = "haven.models.intra-op-threads", defaultValue = "0")
  int intraOpThreads;

  @Inject
  @ConfigProperty(name = "haven.models.max-intra-op-threads", defaultValue = "8")
  int maxIntraOpThreads;

  @Inject HardwareProbe hardware;

  /** Tries the providers on {@code probeModel} (any small ONNX graph) and answers the choice. */
  public ProviderChoice choose(byte[] probeModel) {
    int threads =
        intraOpThreads > 0
            ? intraOpThreads
            : Math.max(1, Math.min(maxIntraOpThreads, hardware.hardware().physicalCores()));
    EnumSet<ai.onnxruntime.OrtProvider> built = OrtEnvironment.getAvailableProviders();
    List<ProviderChoice.Attempt> attempts = new ArrayList<>();
    for (ExecutionProvider candidate : preference) {
      if (!built.contains(candidate.ort())) {
        attempts.add(
            new ProviderChoice.Attempt(candidate, false, "not in this ONNX Runtime build"));
        continue;
      }
      ProviderChoice.Attempt attempt = tryOn(candidate, probeModel, threads);
      attempts.add(attempt);
      if (attempt.works()) {
        ProviderChoice choice = new ProviderChoice(candidate, List.copyOf(attempts), threads, 1);
        LOG.info(() -> "Models run on " + candidate + " with " + threads + " threads");
        return choice;
      }
    }
    attempts.add(new ProviderChoice.Attempt(ExecutionProvider.CPU, true, "the floor"));
    return new ProviderChoice(ExecutionProvider.CPU, List.copyOf(attempts), threads, 1);
  }

  private static ProviderChoice.Attempt tryOn(
      ExecutionProvider candidate, byte[] probeModel, int threads) {
    try (SessionOptions options = new SessionOptions()) {
      options.setIntraOpNumThreads(threads);
      candidate.addTo(options);
      try (OrtSession session =
          OrtEnvironment.getEnvironment().createSession(probeModel, options)) {
        return new ProviderChoice.Attempt(candidate, true, "a session was created");
      }
    } catch (OrtException | RuntimeException | LinkageError e) {
      // The message says which library or device is missing; it holds no private data.
      return new ProviderChoice.Attempt(candidate, false, firstLine(e));
    }
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
