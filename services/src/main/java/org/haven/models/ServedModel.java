package org.haven.models;

/**
 * A model as this server serves it, for the system report and health: which version, on which
 * provider, whether it is in memory now, and how it has been used since the server started.
 */
public record ServedModel(
    String name,
    String version,
    String provider,
    boolean loaded,
    long bytes,
    long loads,
    double lastLoadMillis,
    long inferences,
    double meanInferenceMillis) {

  static ServedModel of(ModelSlot<?> slot) {
    var serving = slot.serving();
    SlotUsage usage = slot.usage();
    return new ServedModel(
        slot.name(),
        serving.map(Loadable::label).orElse(slot.name()),
        serving.map(Loadable::provider).orElse("CPU"),
        slot.isLoaded(),
        serving.map(Loadable::bytes).orElse(0L),
        usage.loads(),
        usage.lastLoadMillis(),
        usage.inferences(),
        usage.meanInferenceMillis());
  }
}
