package org.haven.it.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class PromptsIT extends DeployedHaven {

  @Test
  void prompts_fit_a_pattern_the_recent_entries_show() {
    ApiClient person = ApiClient.newUser(baseUrl());
    person.write("I messed up the presentation. I'm such an idiot.");
    person.write("Went for a long walk by the river with my dog.");
    person.write("Forgot my keys at work. I am so stupid sometimes.");

    JsonObject offer = person.get("/api/v1/prompts").expect(200).json();

    assertThat(offer.getInt("entriesRead")).isEqualTo(3);
    assertThat(offer.getBoolean("crisisSafeOnly")).isFalse();
    assertThat(offer.containsKey("support")).isFalse();
    assertThat(offer.getJsonArray("prompts")).hasSize(3);
    assertThat(offer.getJsonArray("prompts").getJsonObject(0).getJsonArray("why").toString())
        .contains("pattern:SELF_CRITICISM");
    assertThat(person.get("/api/v1/prompts").expect(200).json()).isEqualTo(offer);
    assertThat(person.get("/api/v1/prompts?limit=9").status()).isEqualTo(400);
  }

  @Test
  void after_a_high_risk_entry_only_prompts_safe_in_a_crisis_are_offered() {
    ApiClient person = ApiClient.newUser(baseUrl());
    person.write("I have been saving my pills and I am going to take them all tonight.");

    JsonObject offer = person.get("/api/v1/prompts?limit=5").expect(200).json();

    assertThat(offer.getBoolean("crisisSafeOnly")).isTrue();
    assertThat(offer.getJsonObject("support").getJsonArray("resources")).isNotEmpty();
    assertThat(person.get("/api/v1/prompts?locale=en-US").expect(200).body()).contains("988");
    List<String> ids =
        offer.getJsonArray("prompts").stream().map(p -> p.asJsonObject().getString("id")).toList();
    assertThat(ids).hasSize(5).doesNotContain("thought-record", "worry-time", "next-step");
  }
}
