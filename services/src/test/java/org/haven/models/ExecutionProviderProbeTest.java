package org.haven.models;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionProviderProbeTest {

  private final ExecutionProviderProbe probe = new ExecutionProviderProbe();

  ExecutionProviderProbeTest() {
    probe.hardware = new HardwareProbe();
    probe.maxIntraOpThreads = 8;
  }

  @Test
  void a_machine_without_a_gpu_build_runs_on_the_cpu_and_says_what_it_tried() throws Exception {
    probe.preference =
        List.of(ExecutionProvider.CUDA, ExecutionProvider.ROCM, ExecutionProvider.CPU);

    ProviderChoice choice = probe.choose(probeGraph());

    assertThat(choice.chosen()).isEqualTo(ExecutionProvider.CPU);
    assertThat(choice.attempts())
        .extracting(ProviderChoice.Attempt::provider)
        .containsExactly(ExecutionProvider.CUDA, ExecutionProvider.ROCM, ExecutionProvider.CPU);
    assertThat(choice.attempts().get(0).works()).isFalse();
    assertThat(choice.attempts().get(0).reason()).isNotBlank();
    assertThat(choice.intraOpThreads()).isBetween(1, 8);
    try (var options = choice.sessionOptions();
        OrtSession session = OrtEnvironment.getEnvironment().createSession(probeGraph(), options)) {
      assertThat(session.getInputNames()).isNotEmpty();
    }
  }

  @Test
  void a_preference_without_the_cpu_still_falls_back_to_it() throws Exception {
    probe.preference = List.of(ExecutionProvider.COREML);

    ProviderChoice choice = probe.choose(probeGraph());

    assertThat(choice.chosen()).isEqualTo(ExecutionProvider.CPU);
    assertThat(choice.attempts())
        .last()
        .extracting(ProviderChoice.Attempt::reason)
        .isEqualTo("the floor");
  }

  @Test
  void the_hardware_report_names_the_processor_and_memory() {
    Hardware hardware = new HardwareProbe().hardware();

    assertThat(hardware.cpu()).isNotBlank();
    assertThat(hardware.logicalCores())
        .isGreaterThanOrEqualTo(hardware.physicalCores())
        .isPositive();
    assertThat(hardware.memoryBytes()).isGreaterThan(hardware.memoryAvailableBytes()).isPositive();
  }

  private static byte[] probeGraph() throws Exception {
    try (InputStream in =
        ExecutionProviderProbeTest.class
            .getClassLoader()
            .getResourceAsStream("crisis/model/crisis-level.onnx")) {
      return in.readAllBytes();
    }
  }
}
