package org.haven.support.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;
import org.haven.job.JobHandler;
import org.haven.job.JobOutcome;
import org.haven.job.JobRequest;
import org.haven.job.JobRun;
import org.haven.job.Priority;
import org.haven.support.Support;
import org.haven.support.SupportStatus;
import org.haven.support.gate.SafetyGate;

/**
 * Words one entry's support with the LLM after the entry is stored. The template is already with
 * the person; this job only ever replaces it with gated LLM text, or confirms it with the reason.
 */
@ApplicationScoped
public class EntrySupportJob implements JobHandler {

  public static final String KIND = "entry-support";

  @Inject EntrySupports supports;

  @Inject EntryTexts texts;

  @Inject SupportPlanner planner;

  @Inject SupportWriter writer;

  @Inject SupportStreams streams;

  @Inject SafetyGate gate;

  /** The job for one version of an entry: enqueued twice, it runs once. */
  public static JobRequest request(UUID owner, UUID entryId, long version) {
    String payload =
        Json.createObjectBuilder()
            .add("entryId", entryId.toString())
            .add("version", version)
            .build()
            .toString();
    return JobRequest.of(KIND, Priority.INTERACTIVE, payload)
        .once(KIND + ":" + entryId + ":" + version)
        .attempts(2)
        .forPerson(owner);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public JobOutcome step(JobRun run) {
    JsonObject payload = Json.createReader(new StringReader(run.payload())).readObject();
    UUID entry = UUID.fromString(payload.getString("entryId"));
    long version = payload.getJsonNumber("version").longValue();
    Optional<EntrySupports.Row> row = supports.query(entry);
    Optional<String> text = texts.text(entry);
    if (row.isEmpty()
        || text.isEmpty()
        || row.get().version() != version
        || row.get().support().status() != SupportStatus.PENDING) {
      return JobOutcome.finished(); // gone, revised since, or already final
    }
    Support written;
    try {
      SupportRequest request = row.get().request();
      SupportPlanner.Planned planned =
          planner.plan(request.situation(), text.get(), request.locale(), request.careTeam());
      written =
          writer.write(
              row.get().owner(),
              entry,
              text.get(),
              planned.withTemplate(row.get().support()),
              request.situation().level(),
              streams.relay(entry, gate));
    } catch (RuntimeException e) {
      // Whatever broke, the person keeps the template they already have, now final.
      written = row.get().support().finalTemplate("support-error");
    }
    supports.finish(entry, version, written);
    streams.done(entry, written);
    return JobOutcome.finished();
  }
}
