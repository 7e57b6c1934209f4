package org.haven.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.UUID;

/** Talks to the deployed API over HTTP, the way a mobile app would. */
public final class ApiClient {

  public static final String PASSWORD = "a long enough passphrase";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private String token;
  private String accountId;
  private String username;

  private ApiClient(String base) {
    this.base = base;
  }

  public static ApiClient anonymous(String base) {
    return new ApiClient(base);
  }

  /** A new account with a unique name, signed in. */
  public static ApiClient newUser(String base) {
    ApiClient client = new ApiClient(base);
    String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
    client.username = username;
    JsonObject credentials =
        Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build();
    client.accountId =
        client
            .post("/api/v1/auth/register", credentials.toString())
            .expect(201)
            .json()
            .getString("id");
    client.token =
        client
            .post("/api/v1/auth/token", credentials.toString())
            .expect(200)
            .json()
            .getString("access_token");
    return client;
  }

  /** The console administrator the test server was started with, signed in with a staff token. */
  public static ApiClient administrator(String base) {
    ApiClient client = new ApiClient(base);
    JsonObject credentials =
        Json.createObjectBuilder()
            .add("username", System.getProperty("haven.it.admin.username"))
            .add("password", System.getProperty("haven.it.admin.password"))
            .build();
    client.token =
        client
            .post("/api/v1/auth/staff-token", credentials.toString())
            .expect(200)
            .json()
            .getString("access_token");
    return client;
  }

  public ApiClient withToken(String value) {
    ApiClient copy = new ApiClient(base);
    copy.token = value;
    return copy;
  }

  public String username() {
    return username;
  }

  public String accountId() {
    return accountId;
  }

  public String token() {
    return token;
  }

  /** Writes an entry (content already escaped for JSON) and returns its id. */
  public String write(String content) {
    return post("/api/v1/entries", "{\"content\":\"" + content + "\"}")
        .expect(201)
        .json()
        .getString("id");
  }

  public HttpResult get(String path) {
    return send(request(path).GET());
  }

  public HttpResult post(String path, String json) {
    return send(request(path).POST(BodyPublishers.ofString(json)));
  }

  /** A raw body of any type, as a document upload sends it. */
  public HttpResult upload(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .setHeader("Content-Type", contentType)
            .POST(BodyPublishers.ofByteArray(body)));
  }

  public HttpResult put(String path, String json, String ifMatch) {
    HttpRequest.Builder builder = request(path).PUT(BodyPublishers.ofString(json));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  public HttpResult patch(String path, String json) {
    return send(request(path).method("PATCH", BodyPublishers.ofString(json)));
  }

  public HttpResult delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpResult send(HttpRequest.Builder builder) {
    try {
      return new HttpResult(HTTP.send(builder.build(), BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
