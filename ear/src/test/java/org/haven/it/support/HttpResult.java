package org.haven.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as a test looks at it: status, headers and the JSON body, if any. */
public record HttpResult(HttpResponse<String> raw) {

  public int status() {
    return raw.statusCode();
  }

  /** Fails with the body when the status is not the expected one, so a broken test says why. */
  public HttpResult expect(int expected) {
    if (status() != expected) {
      throw new AssertionError(
          "Expected HTTP " + expected + " but got " + status() + ": " + raw.body());
    }
    return this;
  }

  public JsonObject json() {
    return Json.createReader(new StringReader(raw.body())).readObject();
  }

  public JsonArray jsonArray() {
    return Json.createReader(new StringReader(raw.body())).readArray();
  }

  public String contentType() {
    return header("Content-Type").orElse("");
  }

  public Optional<String> header(String name) {
    return raw.headers().firstValue(name);
  }

  public String body() {
    return raw.body();
  }

  /**
   * The problem type's last segment, e.g. {@code validation} for {@code
   * urn:haven:problem:validation}.
   */
  public String problemType() {
    String type = json().getString("type");
    return type.substring(type.lastIndexOf(':') + 1);
  }
}
