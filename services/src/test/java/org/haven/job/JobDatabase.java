package org.haven.job;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own, with the job table as the migration makes it, on the machine's PostgreSQL
 * (127.0.0.1:5432, database {@code test}) or, where none runs, on an embedded one.
 */
final class JobDatabase implements AutoCloseable {

  private final EmbeddedPostgres embedded;
  private final String url;
  private final String schema = "jobs_" + UUID.randomUUID().toString().replace("-", "");

  JobDatabase() throws IOException, SQLException {
    if (machinePostgresAnswers()) {
      embedded = null;
      url = "jdbc:postgresql://127.0.0.1:5432/test";
    } else {
      embedded = EmbeddedPostgres.start();
      url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
    }
    try (Connection c = plain().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      s.execute("SET search_path TO " + schema);
      s.execute(migration("db/migration/V11__Job_queue.sql"));
      s.execute(migration("db/migration/V13__Job_owner.sql"));
      s.execute(
          "CREATE TABLE job_effect (job_id uuid NOT NULL, item integer NOT NULL, worker text NOT NULL)");
    }
  }

  UUID enqueue(JobRequest request) {
    return tx(c -> new JobStore().enqueue(c, request));
  }

  JobView view(UUID id) {
    return tx(c -> new JobQueries().find(c, id).orElseThrow());
  }

  /** How many items of a job's work are in the effect table: once each when all went well. */
  long effects(UUID id) {
    return tx(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT count(*) FROM job_effect WHERE job_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  <T> T tx(Transactions.Work<T> work) {
    try (JdbcTransactions tx = new JdbcTransactions(dataSource())) {
      return tx.inTransaction(work);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A data source on this schema: each one is its own set of connections, like a server's. */
  DataSource dataSource() {
    PGSimpleDataSource ds = plain();
    ds.setCurrentSchema(schema);
    return ds;
  }

  String url() {
    return url + "?currentSchema=" + schema;
  }

  private PGSimpleDataSource plain() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser("postgres");
    return ds;
  }

  @Override
  public void close() throws Exception {
    try (Connection c = plain().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  private static String migration(String resource) {
    try (InputStream in = JobDatabase.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean machinePostgresAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
