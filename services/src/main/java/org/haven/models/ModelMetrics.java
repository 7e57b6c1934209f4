package org.haven.models;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Per-model metrics, tagged with the model's name: {@code haven_model_inference_seconds} (time an
 * inference holds the model), {@code haven_model_load_seconds} (the last load), {@code
 * haven_model_loaded} (1 or 0, tagged with the provider too), and the memory budget's use.
 */
@ApplicationScoped
public class ModelMetrics {

  @Inject MetricRegistry registry;

  @Inject ModelMemory memory;

  private final Map<ModelSlot<?>, Timer> timers = new ConcurrentHashMap<>();
  private final List<MetricID> registered = new CopyOnWriteArrayList<>();

  void register(ModelSlot<?> slot) {
    Tag model = new Tag("model", slot.name());
    Tag provider = new Tag("provider", slot.serving().map(Loadable::provider).orElse("CPU"));
    timers.put(slot, registry.timer("haven.model.inference", model));
    registered.add(new MetricID("haven.model.inference", model));
    gauge("haven.model.load.seconds", slot, s -> s.usage().lastLoadMillis() / 1000, model);
    gauge("haven.model.loaded", slot, s -> s.isLoaded() ? 1 : 0, model, provider);
  }

  @PostConstruct
  void registerMemory() {
    gauge("haven.models.memory.bytes", memory, ModelMemory::loadedBytes);
    gauge("haven.models.memory.budget.bytes", memory, ModelMemory::budgetBytes);
  }

  void used(ModelSlot<?> slot, long nanos) {
    Timer timer = timers.get(slot);
    if (timer != null) {
      timer.update(Duration.ofNanos(nanos));
    }
  }

  private <T, R extends Number> void gauge(
      String name, T object, Function<T, R> reading, Tag... tags) {
    registry.gauge(name, object, reading, tags);
    registered.add(new MetricID(name, tags));
  }

  /** Removes this deployment's metrics, so a redeployed application does not read stale slots. */
  @PreDestroy
  void unregisterAll() {
    registered.forEach(registry::remove);
    registered.clear();
    timers.clear();
  }
}
