package org.haven.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.haven.entry.JournalEntry;
import org.haven.job.JobHandler;
import org.haven.job.JobOutcome;
import org.haven.job.JobRun;
import org.haven.job.Progress;
import org.haven.platform.crypto.Keyring;

/**
 * Makes one export: every entry of the person, oldest first, with what Haven read in it (risk
 * level, dominant emotion, valence), as JSON and as CSV, each sealed under the export's id.
 */
@ApplicationScoped
public class ExportJob implements JobHandler {

  public static final String KIND = "data-export";
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject Keyring keyring;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public JobOutcome step(JobRun run) throws Exception {
    JsonObject payload = Json.createReader(new StringReader(run.payload())).readObject();
    UUID id = UUID.fromString(payload.getString("exportId"));
    UUID owner = UUID.fromString(payload.getString("owner"));
    List<ExportedEntry> entries = entries(owner);
    String json = JSON.toJson(Map.of("account", owner, "entries", entries));
    try (PreparedStatement s =
        run.connection()
            .prepareStatement(
                "UPDATE data_export SET json_sealed = ?, csv_sealed = ?, entries = ?,"
                    + " ready_at = now() WHERE id = ?")) {
      s.setBytes(1, seal(json, id, ExportFormat.JSON));
      s.setBytes(2, seal(CsvWriter.write(entries), id, ExportFormat.CSV));
      s.setInt(3, entries.size());
      s.setObject(4, id);
      s.executeUpdate();
    }
    return JobOutcome.finished(new Progress(entries.size(), entries.size(), null));
  }

  private List<ExportedEntry> entries(UUID owner) {
    Map<UUID, Object[]> readings = new HashMap<>();
    em.createNativeQuery(
            "SELECT e.id, a.level, m.dominant, m.valence FROM journal_entry e"
                + " LEFT JOIN entry_assessment a ON a.entry_id = e.id"
                + " LEFT JOIN entry_emotion m ON m.entry_id = e.id WHERE e.owner_id = ?1")
        .setParameter(1, owner)
        .getResultList()
        .forEach(row -> readings.put((UUID) ((Object[]) row)[0], (Object[]) row));
    return em.createQuery(
            "SELECT e FROM JournalEntry e WHERE e.ownerId = :owner ORDER BY e.createdAt, e.id",
            JournalEntry.class)
        .setParameter("owner", owner)
        .getResultStream()
        .map(e -> exported(e, readings.getOrDefault(e.id(), new Object[4])))
        .toList();
  }

  private static ExportedEntry exported(JournalEntry e, Object[] read) {
    return new ExportedEntry(
        e.id(),
        e.createdAt(),
        e.updatedAt(),
        e.mood(),
        e.favorite(),
        List.copyOf(e.tags()),
        e.content(),
        (String) read[1],
        (String) read[2],
        (Double) read[3]);
  }

  private byte[] seal(String text, UUID id, ExportFormat format) {
    return keyring.seal(text.getBytes(StandardCharsets.UTF_8), subject(id, format));
  }

  static String subject(UUID id, ExportFormat format) {
    return "data_export/" + id + "/" + format.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String column(ExportFormat format) {
    return format == ExportFormat.JSON ? "json_sealed" : "csv_sealed";
  }
}
