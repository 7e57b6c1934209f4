package org.haven.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Upload bodies for the model registry, made from the models Haven ships. */
public final class ModelUploads {

  private ModelUploads() {}

  /**
   * The shipped model at {@code base} (.onnx and .json) under another version label, with its
   * checksum declared right or not.
   */
  public static String shipped(String name, String base, String version, boolean honestChecksum) {
    byte[] onnx = resource(base + ".onnx");
    JsonObject shipped =
        Json.createReader(
                new StringReader(new String(resource(base + ".json"), StandardCharsets.UTF_8)))
            .readObject();
    JsonObject metadata =
        Json.createObjectBuilder(shipped)
            .add("version", version)
            .add("sha256", honestChecksum ? shipped.getString("sha256") : "0".repeat(64))
            .build();
    return Json.createObjectBuilder()
        .add("name", name)
        .add("version", version)
        .add("task", shipped.getString("task"))
        .add("onnx", Base64.getEncoder().encodeToString(onnx))
        .add("metadata", metadata)
        .add("modelCard", "Test copy of the shipped model.")
        .build()
        .toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ModelUploads.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the test class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
