package org.haven.models;

import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in model with the one property that matters here: using it after close is an error. */
final class CountedModel implements AutoCloseable {

  static final AtomicInteger OPEN = new AtomicInteger();
  final int version;
  private volatile boolean closed;

  CountedModel(int version) {
    this.version = version;
    OPEN.incrementAndGet();
  }

  int infer() {
    if (closed) {
      throw new IllegalStateException("inference on a closed model " + version);
    }
    return version;
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    if (closed) {
      throw new IllegalStateException("closed twice");
    }
    closed = true;
    OPEN.decrementAndGet();
  }
}
