package org.haven.models;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;

/** The execution providers Haven knows how to ask for, and how to add each to a session. */
public enum ExecutionProvider {
  CUDA(OrtProvider.CUDA) {
    @Override
    void addTo(SessionOptions options) throws OrtException {
      options.addCUDA(0);
    }
  },
  TENSORRT(OrtProvider.TENSOR_RT) {
    @Override
    void addTo(SessionOptions options) throws OrtException {
      options.addTensorrt(0);
    }
  },
  ROCM(OrtProvider.ROCM) {
    @Override
    void addTo(SessionOptions options) throws OrtException {
      options.addROCM(0);
    }
  },
  OPENVINO(OrtProvider.OPEN_VINO) {
    @Override
    void addTo(SessionOptions options) throws OrtException {
      options.addOpenVINO("");
    }
  },
  DIRECTML(OrtProvider.DIRECT_ML) {
    @Override
    void addTo(SessionOptions options) throws OrtException {
      options.addDirectML(0);
    }
  },
  COREML(OrtProvider.CORE_ML) {
    @Override
    void addTo(SessionOptions options) throws OrtException {
      options.addCoreML();
    }
  },
  CPU(OrtProvider.CPU) {
    @Override
    void addTo(SessionOptions options) {
      // Every build runs on the CPU; nothing to add.
    }
  };

  private final OrtProvider ort;

  ExecutionProvider(OrtProvider ort) {
    this.ort = ort;
  }

  OrtProvider ort() {
    return ort;
  }

  abstract void addTo(SessionOptions options) throws OrtException;
}
