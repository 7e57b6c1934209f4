package org.haven.models;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;

/** The execution providers Haven knows how to ask for, and how to add each to a session. */
public enum ExecutionProvider {
  CUDA(OrtProvider.CUDA, options -> options.addCUDA(0)),
  TENSORRT(OrtProvider.TENSOR_RT, options -> options.addTensorrt(0)),
  ROCM(OrtProvider.ROCM, options -> options.addROCM(0)),
  OPENVINO(OrtProvider.OPEN_VINO, options -> options.addOpenVINO("")),
  DIRECTML(OrtProvider.DIRECT_ML, options -> options.addDirectML(0)),
  COREML(OrtProvider.CORE_ML, SessionOptions::addCoreML),
  // Every build runs on the CPU; nothing to add.
  CPU(OrtProvider.CPU, options -> {});

  private final OrtProvider ort;
  private final Addition addition;

  ExecutionProvider(OrtProvider ort, Addition addition) {
    this.ort = ort;
    this.addition = addition;
  }

  OrtProvider ort() {
    return ort;
  }

  void addTo(SessionOptions options) throws OrtException {
    addition.addTo(options);
  }

  /** How one provider is added to session options. */
  @FunctionalInterface
  private interface Addition {
    void addTo(SessionOptions options) throws OrtException;
  }
}
