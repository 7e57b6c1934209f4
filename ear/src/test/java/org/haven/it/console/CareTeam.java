package org.haven.it.console;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;

/** Members of the care team enrolled through the admin API for one test, and queue fixtures. */
final class CareTeam {

  private CareTeam() {}

  /** A member enrolled with the given roles; their password is random. */
  record Member(String username, String password, String id) {}

  static Member enrol(String base, String prefix, String... roles) {
    return enrol(ApiClient.administrator(base), prefix, roles);
  }

  /** The same through an administrator already signed in, for a test that enrols many. */
  static Member enrol(ApiClient administrator, String prefix, String... roles) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] secret = new byte[12];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    var rolesJson = Json.createArrayBuilder();
    for (String role : roles) {
      rolesJson.add(role);
    }
    String id =
        administrator
            .post(
                "/api/v1/admin/staff",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("displayName", "Test " + prefix)
                    .add("password", password)
                    .add("roles", rolesJson)
                    .build()
                    .toString())
            .expect(201)
            .json()
            .getString("id");
    return new Member(username, password, id);
  }

  /**
   * Closes, two days back, the cases other tests left open in this shared server, so that the queue
   * in the browser starts with this test's cases only.
   */
  static void clearQueue() {
    Database.execute(
        "UPDATE crisis_case SET status = 'RESOLVED', closed_at = now() - interval '2 days',"
            + " outcome = 'CONTACTED_SAFE' WHERE status IN ('NEW', 'ACKNOWLEDGED', 'ESCALATED')");
  }

  /** The case opened (or updated) for an entry. */
  static String caseOf(String entryId) {
    return Database.rows(
            "SELECT CAST(id AS text) AS id FROM crisis_case WHERE latest_entry_id = CAST(? AS uuid)",
            entryId)
        .get(0)
        .get("id")
        .toString();
  }

  /** Appends one measured API-to-screen latency to target/console-push-latency.txt. */
  static void recordPushLatency(Duration shownAfter) {
    try {
      Files.writeString(
          Path.of("target", "console-push-latency.txt"),
          shownAfter.toMillis() + " ms" + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The audit actions recorded about an object, oldest first. */
  static List<String> auditOf(String object) {
    return Database.rows("SELECT action FROM audit_record WHERE object = ? ORDER BY seq", object)
        .stream()
        .map(r -> r.get("action").toString())
        .toList();
  }
}
