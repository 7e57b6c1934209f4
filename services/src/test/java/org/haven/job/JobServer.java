package org.haven.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** The engine as one server would run it: its own connections, worker threads and ticker. */
final class JobServer implements AutoCloseable {

  final JobEngine engine;
  private final JdbcTransactions transactions;
  private final ExecutorService workers = Executors.newFixedThreadPool(12);
  private final ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1);

  JobServer(DataSource dataSource, String name, Duration lease, List<JobHandler> handlers) {
    JobSettings settings =
        new JobSettings(
            Map.of(Priority.CRISIS, 2, Priority.INTERACTIVE, 4, Priority.BULK, 2),
            lease,
            Duration.ofMillis(20),
            Duration.ofMillis(50),
            Duration.ofSeconds(1));
    transactions = new JdbcTransactions(dataSource);
    engine =
        new JobEngine(transactions, handlers, settings, workers, ticker, name, JobListener.NONE);
    engine.start();
  }

  @Override
  public void close() throws Exception {
    engine.stop();
    ticker.shutdown();
    workers.shutdown();
    workers.awaitTermination(30, TimeUnit.SECONDS);
    ticker.awaitTermination(5, TimeUnit.SECONDS);
    transactions.close();
  }
}
