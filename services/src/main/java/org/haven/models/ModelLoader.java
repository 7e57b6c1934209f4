package org.haven.models;

/** Turns a verified artifact and its metadata into a model that can serve; throws if it cannot. */
@FunctionalInterface
public interface ModelLoader<M extends AutoCloseable> {

  M load(byte[] onnx, String metadata);
}
