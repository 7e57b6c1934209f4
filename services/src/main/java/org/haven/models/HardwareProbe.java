package org.haven.models;

import jakarta.enterprise.context.ApplicationScoped;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;

/** Reads the machine through OSHI: processor, memory (current) and graphics cards. */
@ApplicationScoped
public class HardwareProbe {

  private final HardwareAbstractionLayer layer = new SystemInfo().getHardware();

  public Hardware hardware() {
    CentralProcessor cpu = layer.getProcessor();
    GlobalMemory memory = layer.getMemory();
    return new Hardware(
        cpu.getProcessorIdentifier().getName().trim(),
        cpu.getPhysicalProcessorCount(),
        cpu.getLogicalProcessorCount(),
        memory.getTotal(),
        memory.getAvailable(),
        layer.getGraphicsCards().stream()
            .map(card -> new Hardware.Gpu(card.getName(), card.getVendor(), card.getVRam()))
            .toList());
  }
}
