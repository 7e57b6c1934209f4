package org.haven.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.it.support.ApiClient;
import org.haven.it.support.DeployedHaven;
import org.junit.jupiter.api.Test;

class IsolationIT extends DeployedHaven {

  @Test
  void another_persons_entry_answers_404_to_every_verb_and_stays_untouched() {
    ApiClient owner = ApiClient.newUser(baseUrl());
    ApiClient stranger = ApiClient.newUser(baseUrl());
    String path =
        "/api/v1/entries/"
            + owner
                .post("/api/v1/entries", "{\"content\":\"Only mine.\"}")
                .expect(201)
                .json()
                .getString("id");

    assertThat(stranger.get(path).status()).isEqualTo(404);
    assertThat(stranger.put(path, "{\"content\":\"Overwritten\"}", "\"1\"").status())
        .isEqualTo(404);
    assertThat(stranger.patch(path + "/favorite", "{\"favorite\":true}").status()).isEqualTo(404);
    assertThat(stranger.delete(path).status()).isEqualTo(404);

    var entry = owner.get(path).expect(200).json();
    assertThat(entry.getString("content")).isEqualTo("Only mine.");
    assertThat(entry.getBoolean("favorite")).isFalse();
  }

  @Test
  void a_listing_shows_only_the_callers_own_entries() {
    ApiClient owner = ApiClient.newUser(baseUrl());
    ApiClient stranger = ApiClient.newUser(baseUrl());
    owner.post("/api/v1/entries", "{\"content\":\"Private thoughts.\"}").expect(201);

    assertThat(stranger.get("/api/v1/entries").expect(200).json().getJsonArray("items")).isEmpty();
    assertThat(owner.get("/api/v1/entries").expect(200).json().getJsonArray("items")).hasSize(1);
  }
}
