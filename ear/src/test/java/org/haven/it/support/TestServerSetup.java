package org.haven.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once before any system test, before Arquillian starts Liberty. Points the test server at the
 * machine's PostgreSQL (127.0.0.1:5432, database {@code test}) with an empty schema when one is
 * running, and otherwise at a fresh embedded PostgreSQL, and gives the first console administrator
 * and the keystore passwords made for this run, and starts the Ollama stub the server will call.
 */
public class TestServerSetup implements LauncherSessionListener {

  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final String DATABASE = "test";
  private static final String USER = "postgres";
  static final String ADMIN_USERNAME = "it-admin";
  private static final String EMBEDDED_PORT = "54339";
  private static final String LLM = "org.haven.support.llm.SupportLlm/write/";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String serverDir = System.getProperty("haven.it.server-dir");
    if (serverDir == null) {
      return;
    }
    String adminPassword = randomSecret();
    System.setProperty("haven.it.admin.username", ADMIN_USERNAME);
    System.setProperty("haven.it.admin.password", adminPassword);
    boolean external = machinePostgresAnswers();
    System.setProperty("haven.it.database", external ? "external" : "embedded");
    if (external) {
      emptySchema();
      System.setProperty(
          "haven.it.jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE);
      System.setProperty("haven.it.jdbc.user", USER);
    } else {
      System.setProperty(
          "haven.it.jdbc.url", "jdbc:postgresql://localhost:" + EMBEDDED_PORT + "/haven");
      System.setProperty("haven.it.jdbc.user", "haven");
    }
    OllamaStub.start();
    forgetKeystore(Path.of(serverDir));
    write(
        Path.of(serverDir, "configDropins", "overrides", "haven-it-run.xml"),
        overrides(external, adminPassword, randomSecret()));
  }

  private static String overrides(boolean external, String adminPassword, String keystorePassword) {
    String database =
        external
            ? variable("haven.db.embedded", "false")
                + variable("haven.db.host", HOST)
                + variable("haven.db.port", Integer.toString(PORT))
                + variable("haven.db.name", DATABASE)
                + variable("haven.db.user", USER)
            : variable("haven.db.port", EMBEDDED_PORT);
    return "<server>\n"
        + database
        + variable("haven.admin.username", ADMIN_USERNAME)
        + variable("haven.admin.password", adminPassword)
        + variable("keystore_password", keystorePassword)
        // Every test client calls from 127.0.0.1: the per-address buckets would throttle the suite.
        + variable("haven.ratelimit.api.per-address", "100000/PT1M")
        + variable("haven.ratelimit.auth.per-address", "100000/PT1M")
        // Activations made "on another server" (straight in the database) are followed quickly.
        + variable("haven.models.refresh-interval", "PT1S")
        // The LLM is the stub in this JVM, with limits short enough to test in seconds.
        + variable("haven.llm.base-url", OllamaStub.baseUrl())
        + variable("haven.llm.model", "stub")
        + variable(LLM + "Timeout/value", "1500")
        + variable(LLM + "Timeout/unit", "MILLIS")
        + variable(LLM + "Retry/delay", "100")
        + variable(LLM + "Retry/jitter", "0")
        + variable(LLM + "CircuitBreaker/delay", "3000")
        + variable(LLM + "CircuitBreaker/delayUnit", "MILLIS")
        + variable("haven.support.stream.poll-interval", "PT0.5S")
        + variable("haven.knowledge.refresh-interval", "PT1S")
        // Overdue cases are looked for every second, so a test sees the escalation at once.
        + variable("haven.crisis.review.sweep-interval", "PT1S")
        // An idle console signs out within a minute here, so a test can watch it happen.
        + variable("haven.console.session-timeout", "PT30S")
        + variable("haven.console.heartbeat-interval", "PT5S")
        + "</server>\n";
  }

  private static String variable(String name, String value) {
    return "  <variable name=\"" + name + "\" value=\"" + value + "\"/>\n";
  }

  private static String randomSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Liberty regenerates its self-signed keystore under this run's password. */
  private static void forgetKeystore(Path serverDir) {
    try {
      Files.deleteIfExists(serverDir.resolve("resources/security/key.p12"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean machinePostgresAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(HOST, PORT), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Every run starts from an empty schema, so the migrations are tested from scratch too. */
  private static void emptySchema() {
    String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE;
    try (Connection c = DriverManager.getConnection(url, USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not reset the test database", e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
