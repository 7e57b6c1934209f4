package org.haven.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path dataDir;

  private final EmbeddedDatabase database = new EmbeddedDatabase();

  @AfterEach
  void stop() {
    database.stop();
  }

  @Test
  void data_written_before_a_restart_is_there_after_it() throws Exception {
    database.settings = settings(freePort());
    database.startIfWanted();
    sql("CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('still here')");

    database.stop();
    database.startIfWanted();

    try (Connection c = connect();
        Statement s = c.createStatement();
        var rows = s.executeQuery("SELECT note FROM kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("still here");
    }
  }

  @Test
  void nothing_starts_when_the_embedded_database_is_not_wanted() throws IOException {
    DatabaseSettings external = settings(freePort());
    external.embedded = false;
    database.settings = external;

    database.startIfWanted();

    assertThat(database.isRunning()).isFalse();
  }

  private DatabaseSettings settings(int port) {
    DatabaseSettings settings = new DatabaseSettings();
    settings.embedded = true;
    settings.host = "localhost";
    settings.port = port;
    settings.name = "haven";
    settings.user = "haven";
    settings.dataDir = dataDir.toString();
    return settings;
  }

  private void sql(String... statements) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private Connection connect() throws SQLException {
    var settings = database.settings;
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + settings.port() + "/" + settings.name(),
        settings.user(),
        "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
