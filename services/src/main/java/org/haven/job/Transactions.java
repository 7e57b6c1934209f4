package org.haven.job;

import java.sql.Connection;

/** Runs work in a transaction of its own on the database the jobs live in. */
@FunctionalInterface
public interface Transactions {

  <T> T inTransaction(Work<T> work);

  /** Work on the transaction's connection. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws Exception;
  }
}
