package org.haven.job;

import java.time.Duration;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A server in a JVM of its own, for {@link WorkerCrashTest} to kill: runs the effect jobs of the
 * database at {@code args[0]} with leases of {@code args[1]} milliseconds until it is killed.
 */
public final class CrashingWorker {

  private CrashingWorker() {}

  public static void main(String[] args) throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(args[0]);
    ds.setUser("postgres");
    new JobServer(
        ds, "doomed", Duration.ofMillis(Long.parseLong(args[1])), List.of(new EffectHandler()));
    Thread.sleep(Long.MAX_VALUE);
  }
}
