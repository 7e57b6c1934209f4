package org.haven.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * Transactions on a plain data source, as a server without JTA would run them: each thread keeps
 * one connection (a pool of one per thread), so a test's workers do not connect per transaction.
 */
final class JdbcTransactions implements Transactions, AutoCloseable {

  private final DataSource dataSource;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();

  JdbcTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Work<T> work) {
    try {
      Connection c = connection();
      try {
        T result = work.on(c);
        c.commit();
        return result;
      } catch (Exception e) {
        c.rollback();
        throw e instanceof RuntimeException r ? r : new StepFailed(e);
      }
    } catch (SQLException e) {
      connections.remove();
      throw new StepFailed(e);
    }
  }

  private Connection connection() throws SQLException {
    Connection c = connections.get();
    if (c == null || c.isClosed()) {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      connections.set(c);
      opened.add(c);
    }
    return c;
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : opened) {
      c.close();
    }
  }
}
