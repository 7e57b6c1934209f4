package org.haven.models;

import java.util.concurrent.atomic.LongAdder;

/** How much a slot is used and how long its loads take: read by the budget and the reports. */
public final class SlotUsage {

  private final LongAdder inferences = new LongAdder();
  private final LongAdder inferenceNanos = new LongAdder();
  private final LongAdder loads = new LongAdder();
  private volatile long lastUsedNanos = System.nanoTime();
  private volatile long lastLoadNanos;

  void used(long nanos) {
    inferences.increment();
    inferenceNanos.add(nanos);
    lastUsedNanos = System.nanoTime();
  }

  void loaded(long nanos) {
    loads.increment();
    lastLoadNanos = nanos;
    lastUsedNanos = System.nanoTime();
  }

  public long inferences() {
    return inferences.sum();
  }

  /** Mean time an inference held the model, in milliseconds; 0 before the first. */
  public double meanInferenceMillis() {
    long count = inferences.sum();
    return count == 0 ? 0 : inferenceNanos.sum() / 1e6 / count;
  }

  public long loads() {
    return loads.sum();
  }

  public double lastLoadMillis() {
    return lastLoadNanos / 1e6;
  }

  /** {@link System#nanoTime()} of the last use or load: the budget unloads the oldest first. */
  public long lastUsedNanos() {
    return lastUsedNanos;
  }
}
