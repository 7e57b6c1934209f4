package org.haven.crisis.model;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.haven.crisis.RiskLevel;

/**
 * Stricter thresholds for one sentence of an entry that, read whole, looks benign. A sentence alone
 * loses its context ("Sleeping till three." at the end of a night shift's entry), and most of the
 * model's false alarms were such sentences; when the whole entry's chance of MODERATE or above is
 * under {@code wholeBelow}, a sentence the whole reading saw must clear {@code strict} to raise. A
 * sentence past the end of what the model read of the whole keeps the usual thresholds: nothing
 * vouches for its context.
 */
public record ContextGate(double wholeBelow, RaiseThresholds strict) {

  /** Where a model's metadata keeps its gate. */
  public static final String METADATA_KEY = "contextGate";

  /** The gate stored with a model, or none for a model trained before gates existed. */
  static Optional<ContextGate> from(JsonObject meta) {
    if (!meta.containsKey(METADATA_KEY)) {
      return Optional.empty();
    }
    JsonObject gate = meta.getJsonObject(METADATA_KEY);
    return Optional.of(
        new ContextGate(
            gate.getJsonNumber("wholeBelow").doubleValue(),
            RaiseThresholds.from(gate.getJsonObject("strict"))));
  }

  /** The form {@link #from} reads. */
  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("wholeBelow", wholeBelow)
        .add("strict", strict.toJson())
        .build();
  }

  /**
   * Whether the whole entry reads benign enough for its sentences to need the strict thresholds.
   */
  public boolean appliesTo(Map<RiskLevel, Double> whole) {
    return RaiseThresholds.moderateOrAbove(whole) < wholeBelow;
  }
}
