package org.haven.models;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.haven.platform.crypto.Sha256;

/**
 * A version to register: its ONNX graph, metadata JSON (which names its SHA-256) and card. Trained
 * models travel as three files, {@code <base>.onnx}, {@code <base>.json}, {@code
 * <base>.MODEL-CARD.md}, in a directory or on the class path.
 */
public record ModelUpload(
    String name, String version, String task, byte[] onnx, String metadata, String modelCard) {

  /** The longest name or version the registry holds. */
  public static final int MAX_NAME = 80;

  /** The longest task the registry holds. */
  public static final int MAX_TASK = 200;

  /** Values longer than the registry's columns are refused here, by name. */
  public ModelUpload {
    requireAtMost("name", name, MAX_NAME);
    requireAtMost("version", version, MAX_NAME);
    requireAtMost("task", task, MAX_TASK);
  }

  private static void requireAtMost(String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw new ModelRejectedException(
          "metadata " + field + " must be 1 to " + max + " characters, was " + value.length());
    }
  }

  /** The three files of a trained model in a directory. */
  public static ModelUpload fromDirectory(Path dir, String base) {
    try {
      Path card = dir.resolve(base + ".MODEL-CARD.md");
      return of(
          Files.readAllBytes(dir.resolve(base + ".onnx")),
          Files.readString(dir.resolve(base + ".json")),
          Files.exists(card) ? Files.readString(card) : "");
    } catch (IOException e) {
      throw new UncheckedIOException("Model " + base + " could not be read from " + dir, e);
    }
  }

  /** The three files of a model shipped on the class path under {@code resourceBase}. */
  public static ModelUpload fromClassPath(ClassLoader loader, String resourceBase) {
    try (InputStream onnx = loader.getResourceAsStream(resourceBase + ".onnx");
        InputStream meta = loader.getResourceAsStream(resourceBase + ".json");
        InputStream card = loader.getResourceAsStream(resourceBase + ".MODEL-CARD.md")) {
      if (onnx == null || meta == null) {
        throw new IllegalStateException("No model at " + resourceBase + ".{onnx,json}");
      }
      return of(
          onnx.readAllBytes(),
          new String(meta.readAllBytes(), StandardCharsets.UTF_8),
          card == null ? "" : new String(card.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Model " + resourceBase + " could not be read", e);
    }
  }

  /** Name, version and task come from the metadata. */
  public static ModelUpload of(byte[] onnx, String metadata, String card) {
    JsonObject meta = Json.createReader(new StringReader(metadata)).readObject();
    return new ModelUpload(
        meta.getString("name"),
        meta.getString("version"),
        meta.getString("task"),
        onnx,
        metadata,
        card);
  }

  /** The SHA-256 of the graph, refused unless it is the one the metadata declares. */
  public String verifiedSha256() {
    JsonObject meta;
    try {
      meta = Json.createReader(new StringReader(metadata)).readObject();
    } catch (RuntimeException e) {
      throw new ModelRejectedException("metadata is not a JSON object");
    }
    String declared = meta.getString("sha256", "");
    String actual = Sha256.hex(onnx);
    if (!declared.equals(actual)) {
      throw new ModelRejectedException(
          "artifact checksum mismatch: metadata declares "
              + declared
              + ", the bytes are "
              + actual);
    }
    return actual;
  }

  @Override
  public String toString() {
    return "ModelUpload[" + name + "@" + version + ", " + onnx.length + " bytes]";
  }
}
