package org.haven.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An Ollama-compatible server for the system tests: {@code POST /api/chat} answers as Ollama
 * streams, one NDJSON line a token. Each test chooses how it behaves; it runs in the test JVM on
 * 127.0.0.1 and the test server is pointed at it before it starts.
 */
public final class OllamaStub {

  /** How the next answers behave. */
  public enum Mode {
    GOOD,
    /** Good, but one sentence every 120 ms, for following the stream. */
    SLOW_TOKENS,
    /** Answers only after 10 s, far past the test server's timeout. */
    SLOW,
    /** A well-formed stream whose answer holds no text. */
    MALFORMED,
    METHOD
  }

  public static final String ANSWER =
      "Thank you for sharing how this week has felt. Low, stuck days are hard, and noticing them"
          + " is already a step. One small thing that can help is planning a short, doable"
          + " activity you used to enjoy, such as a walk or a call with a friend [1]. Notice how"
          + " you feel before and after it. If things ever feel like too much, you can call or"
          + " text 988 at any time. Haven is an app, not a therapist or a crisis service.";
  private static final String METHOD_SENTENCE =
      " Some people look up what a lethal dose would be when they feel this way.";

  private static volatile Mode mode = Mode.GOOD;
  private static final AtomicInteger CALLS = new AtomicInteger();
  private static HttpServer server;
  private static boolean running;
  private static int port;

  private OllamaStub() {}

  static synchronized void start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
      server.createContext("/api/chat", OllamaStub::chat);
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
      running = true;
      port = server.getAddress().getPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public static void answer(Mode next) {
    mode = next;
  }

  /** Stops listening: the test server's connections are refused until {@link #up()}. */
  public static synchronized void down() {
    server.stop(0);
    running = false;
  }

  public static synchronized void up() {
    if (!running) {
      start();
    }
  }

  public static int calls() {
    return CALLS.get();
  }

  private static void chat(HttpExchange exchange) throws IOException {
    CALLS.incrementAndGet();
    exchange.getRequestBody().readAllBytes();
    Mode now = mode;
    try (exchange) {
      if (now == Mode.SLOW) {
        pause(10_000);
      }
      exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      if (now == Mode.MALFORMED) {
        line(out, " ", false);
        line(out, "", true);
        return;
      }
      String text = now == Mode.METHOD ? ANSWER + METHOD_SENTENCE : ANSWER;
      for (String token : text.split("(?<=[ ])")) {
        line(out, token, false);
        if (now == Mode.SLOW_TOKENS && token.matches(".*[.\\]] $")) {
          pause(120);
        }
      }
      line(out, "", true);
    } catch (IOException closedByClient) {
      // The server under test gave up (a timeout): nothing to answer.
    }
  }

  private static void line(OutputStream out, String token, boolean done) throws IOException {
    String json =
        "{\"model\":\"stub\",\"created_at\":\"2026-11-27T00:00:00Z\",\"message\":{\"role\":"
            + "\"assistant\",\"content\":\""
            + token.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"},\"done\":"
            + done
            + (done ? ",\"done_reason\":\"stop\",\"prompt_eval_count\":10,\"eval_count\":20" : "")
            + "}\n";
    out.write(json.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
