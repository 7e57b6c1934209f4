package org.haven.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the models loaded on this server within a ceiling ({@code haven.models.memory-budget-mb}):
 * when a load takes them over it, the least recently used other models are unloaded, and load again
 * when next used. A model's memory is counted as its artifact's size, which is what ONNX Runtime
 * holds for its weights. The model just loaded is never the one unloaded, so a single model larger
 * than the budget still serves (with a warning).
 */
@ApplicationScoped
public class ModelMemory {

  private static final Logger LOG = Logger.getLogger(ModelMemory.class.getName());

  @Inject
  @ConfigProperty(name = "haven.models.memory-budget-mb", defaultValue = "512")
  long budgetMb;

  private final Set<ModelSlot<?>> slots = ConcurrentHashMap.newKeySet();

  /** Counts {@code loaded} in and unloads least recently used others until all fit. */
  public synchronized void loaded(ModelSlot<?> loaded) {
    slots.add(loaded);
    long budget = budgetBytes();
    while (loadedBytes() > budget) {
      var victim =
          slots.stream()
              .filter(s -> s != loaded && s.isLoaded())
              .min(Comparator.comparingLong(s -> s.usage().lastUsedNanos()));
      if (victim.isEmpty()) {
        LOG.warning(() -> loaded.name() + " alone is larger than the model memory budget");
        return;
      }
      victim.get().unload();
    }
  }

  /** The bytes the loaded models take, as counted against the budget. */
  public long loadedBytes() {
    return slots.stream().filter(ModelSlot::isLoaded).mapToLong(ModelMemory::bytes).sum();
  }

  public long budgetBytes() {
    return budgetMb * 1024 * 1024;
  }

  public void forget(ModelSlot<?> slot) {
    slots.remove(slot);
  }

  private static long bytes(ModelSlot<?> slot) {
    return slot.serving().map(Loadable::bytes).orElse(0L);
  }
}
