package org.haven.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * Job transactions on the server: each a JTA transaction of its own, whose connection is the one
 * JPA uses in it too, so a handler's entity changes commit with the job's record.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inTransaction(Work<T> work) {
    return onConnection(dataSource, work);
  }

  /** Work on a connection of the current transaction, checked exceptions carried unchecked. */
  static <T> T onConnection(DataSource dataSource, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.on(c);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StepFailed(e);
    }
  }
}
