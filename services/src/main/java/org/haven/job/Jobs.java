package org.haven.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The queue as the application uses it. Enqueueing joins the caller's transaction, so work that
 * follows a change is queued if and only if the change commits.
 */
@ApplicationScoped
public class Jobs {

  private final JobStore store = new JobStore();
  private final JobQueries queries = new JobQueries();

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Transactional
  public UUID enqueue(JobRequest request) {
    return on(c -> store.enqueue(c, request));
  }

  @Transactional
  public Optional<JobView> find(UUID id) {
    return on(c -> queries.find(c, id));
  }

  @Transactional
  public List<JobView> list(Optional<JobState> state, int limit) {
    return on(c -> queries.list(c, state, limit));
  }

  @Transactional
  public boolean cancel(UUID id) {
    return on(c -> store.cancel(c, id));
  }

  @Transactional
  public boolean retry(UUID id) {
    return on(c -> store.retry(c, id));
  }

  @Transactional
  public List<JobQueries.QueueDepth> depth() {
    return on(queries::depth);
  }

  private <T> T on(Transactions.Work<T> work) {
    return JtaTransactions.onConnection(dataSource, work);
  }
}
