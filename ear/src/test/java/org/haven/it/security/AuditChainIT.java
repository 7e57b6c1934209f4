package org.haven.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import org.haven.it.support.ApiClient;
import org.haven.it.support.Database;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class AuditChainIT extends DeployedHaven {

  private final ApiClient admin = ApiClient.administrator(baseUrl());

  @Test
  void sign_ins_and_refusals_are_recorded_by_id_only() {
    ApiClient person = ApiClient.newUser(baseUrl());
    ApiClient.anonymous(baseUrl())
        .post(
            "/api/v1/auth/token", "{\"username\":\"nobody-here\",\"password\":\"wrong password\"}")
        .expect(401);

    assertThat(
            Database.rows(
                "SELECT action FROM audit_record WHERE object = ?",
                "account/" + person.accountId()))
        .extracting(row -> row.get("action"))
        .contains("LOGIN_SUCCEEDED");
    assertThat(Database.rows("SELECT actor, object FROM audit_record"))
        .allSatisfy(row -> assertThat(row.toString()).doesNotContain("nobody-here"));
  }

  @Test
  void records_cannot_be_updated_while_the_append_only_trigger_stands() {
    assertThatThrownBy(
            () -> Database.execute("UPDATE audit_record SET actor = 'system' WHERE seq = 1"))
        .hasMessageContaining("append-only");
  }

  @Test
  void a_record_altered_behind_the_triggers_back_is_named_by_the_verifier() {
    ApiClient.newUser(baseUrl());
    assertThat(verification().getBoolean("intact")).isTrue();
    long victim =
        ((Number) Database.rows("SELECT max(seq) AS s FROM audit_record").get(0).get("s"))
                .longValue()
            - 1;
    String original =
        (String)
            Database.rows("SELECT actor FROM audit_record WHERE seq = ?", victim)
                .get(0)
                .get("actor");

    tamper("UPDATE audit_record SET actor = 'account/someone-else' WHERE seq = " + victim);
    try {
      JsonObject broken = verification();

      assertThat(broken.getBoolean("intact")).isFalse();
      assertThat(broken.getJsonNumber("brokenAt").longValue()).isEqualTo(victim);
      assertThat(broken.getString("reason")).contains("altered");
    } finally {
      tamper("UPDATE audit_record SET actor = '" + original + "' WHERE seq = " + victim);
    }
    assertThat(verification().getBoolean("intact")).isTrue();
  }

  @Test
  void only_administrators_may_verify() {
    ApiClient.newUser(baseUrl()).get("/api/v1/admin/audit/verification").expect(403);
  }

  private JsonObject verification() {
    return admin.get("/api/v1/admin/audit/verification").expect(200).json();
  }

  /** What someone with the table owner's rights could do: switch the guard off and edit. */
  private static void tamper(String update) {
    Database.execute(
        "ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only",
        update,
        "ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only");
  }
}
