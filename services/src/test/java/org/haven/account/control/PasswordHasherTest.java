package org.haven.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @BeforeEach
  void useAFastWorkFactor() {
    hasher.iterations = 1_000;
  }

  @Test
  void a_hash_verifies_its_own_password_and_no_other() {
    String stored = hasher.hash("correct horse battery");

    assertThat(hasher.matches("correct horse battery", stored)).isTrue();
    assertThat(hasher.matches("correct horse batterY", stored)).isFalse();
  }

  @Test
  void hashes_are_salted_and_in_the_form_the_servers_identity_store_reads() {
    String first = hasher.hash("same password");
    String second = hasher.hash("same password");

    assertThat(first).isNotEqualTo(second);
    assertThat(first).matches("PBKDF2WithHmacSHA256:1000:[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}");
  }

  @Test
  void a_stored_hash_keeps_the_work_factor_it_was_made_with() {
    String older = hasher.hash("kept across upgrades");
    hasher.iterations = 2_000;

    assertThat(hasher.matches("kept across upgrades", older)).isTrue();
  }

  @Test
  void a_malformed_stored_hash_never_matches() {
    assertThat(hasher.matches("anything", "plain-text-password")).isFalse();
    assertThat(hasher.matches("anything", "MD5:1:abc:def")).isFalse();
  }
}
