package org.haven.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Data files shipped on the class path (rules, cues, prompts), read as JSON objects. */
public final class ClassPathJson {

  private ClassPathJson() {}

  public static JsonObject read(String resource) {
    try (InputStream in = ClassPathJson.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No data file at " + resource);
      }
      return Json.createReader(in).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
