package org.haven.models;

import java.util.List;

/** What this server has to run models on. */
public record Hardware(
    String cpu,
    int physicalCores,
    int logicalCores,
    long memoryBytes,
    long memoryAvailableBytes,
    List<Gpu> gpus) {

  /** A graphics card as the operating system reports it. */
  public record Gpu(String name, String vendor, long memoryBytes) {}
}
