package org.haven.models;

/** A version to register: its ONNX graph, metadata JSON (which names its SHA-256) and card. */
public record ModelUpload(
    String name, String version, String task, byte[] onnx, String metadata, String modelCard) {

  @Override
  public String toString() {
    return "ModelUpload[" + name + "@" + version + ", " + onnx.length + " bytes]";
  }
}
