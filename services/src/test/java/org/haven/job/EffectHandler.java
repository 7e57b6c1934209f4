package org.haven.job;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.PreparedStatement;

/**
 * A job whose effect can be counted: each step writes its items into {@code job_effect}, in the
 * step's transaction. Payload: items, step (items per step), sleepMillis (per step), failAttempts
 * (attempts that fail before one succeeds).
 */
final class EffectHandler implements JobHandler {

  static final String KIND = "effect";

  static String payload(int items, int step, long sleepMillis, int failAttempts) {
    return Json.createObjectBuilder()
        .add("items", items)
        .add("step", step)
        .add("sleepMillis", sleepMillis)
        .add("failAttempts", failAttempts)
        .build()
        .toString();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public JobOutcome step(JobRun run) throws Exception {
    JsonObject p = Json.createReader(new StringReader(run.payload())).readObject();
    if (run.job().attempt() <= p.getInt("failAttempts")) {
      throw new IllegalStateException("failing on purpose");
    }
    int items = p.getInt("items");
    int from = run.progress().cursor() == null ? 0 : Integer.parseInt(run.progress().cursor());
    int to = Math.min(items, from + p.getInt("step"));
    try (PreparedStatement s =
        run.connection()
            .prepareStatement("INSERT INTO job_effect (job_id, item, worker) VALUES (?, ?, ?)")) {
      for (int item = from; item < to; item++) {
        s.setObject(1, run.job().id());
        s.setInt(2, item);
        s.setString(3, run.job().leaseOwner().substring(0, run.job().leaseOwner().indexOf('/')));
        s.addBatch();
      }
      s.executeBatch();
    }
    Thread.sleep(p.getJsonNumber("sleepMillis").longValue());
    Progress progress = new Progress(to, items, Integer.toString(to));
    return to >= items ? JobOutcome.finished(progress) : JobOutcome.continueFrom(progress);
  }
}
