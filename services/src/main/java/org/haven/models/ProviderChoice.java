package org.haven.models;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import java.util.List;

/**
 * The provider this server runs models on, every provider it tried on the way with the reason it
 * was passed over, and the thread counts chosen for the machine.
 */
public record ProviderChoice(
    ExecutionProvider chosen, List<Attempt> attempts, int intraOpThreads, int interOpThreads) {

  /** Plain CPU with one thread: for tools and tests that do not probe. */
  public static ProviderChoice cpu() {
    return new ProviderChoice(ExecutionProvider.CPU, List.of(), 1, 1);
  }

  /** Session options for a model on the chosen provider; the caller closes them. */
  public SessionOptions sessionOptions() throws OrtException {
    return sessionOptions(intraOpThreads);
  }

  /** The same with a thread count of the model's own, for graphs too small to share out. */
  public SessionOptions sessionOptions(int threads) throws OrtException {
    SessionOptions options = new SessionOptions();
    try {
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(interOpThreads);
      chosen.addTo(options);
      return options;
    } catch (OrtException | RuntimeException e) {
      options.close();
      throw e;
    }
  }

  /** One provider tried: whether a session could be made on it, and if not why. */
  public record Attempt(ExecutionProvider provider, boolean works, String reason) {}
}
