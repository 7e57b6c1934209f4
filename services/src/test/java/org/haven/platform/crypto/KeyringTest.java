package org.haven.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyringTest {

  private final SecureRandom random = new SecureRandom();
  private final KeySet first = KeySet.generate(random, Clock.systemUTC());

  @Test
  void a_sealed_value_opens_for_its_subject_and_hides_the_text() {
    Keyring keyring = Keyring.of(first);

    byte[] sealed = keyring.seal("I felt calmer after the walk", "journal_entry/1");

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("calmer");
    assertThat(keyring.openText(sealed, "journal_entry/1"))
        .isEqualTo("I felt calmer after the walk");
  }

  @Test
  void the_same_text_seals_differently_each_time() {
    Keyring keyring = Keyring.of(first);

    assertThat(keyring.seal("same", "s")).isNotEqualTo(keyring.seal("same", "s"));
  }

  @Test
  void a_value_copied_onto_another_object_does_not_open_there() {
    Keyring keyring = Keyring.of(first);
    byte[] sealed = keyring.seal("mine", "journal_entry/1");

    assertThatThrownBy(() -> keyring.open(sealed, "journal_entry/2"))
        .isInstanceOf(NotSealedException.class);
  }

  @Test
  void a_forged_subject_in_the_header_fails_authentication() {
    Keyring keyring = Keyring.of(first);
    Envelope original = Envelope.parse(keyring.seal("mine", "journal_entry/1"));
    byte[] forged =
        new Envelope(original.keyId(), "journal_entry/2", original.iv(), original.ciphertext())
            .toBytes();

    assertThatThrownBy(() -> keyring.open(forged, "journal_entry/2"))
        .isInstanceOf(NotSealedException.class)
        .hasMessageNotContaining("mine");
  }

  @Test
  void one_flipped_bit_is_detected() {
    Keyring keyring = Keyring.of(first);
    byte[] sealed = keyring.seal("mine", "s");
    sealed[sealed.length - 1] ^= 1;

    assertThatThrownBy(() -> keyring.open(sealed, "s")).isInstanceOf(NotSealedException.class);
  }

  @Test
  void data_sealed_before_a_rotation_still_opens_and_new_data_uses_the_new_key() {
    Keyring keyring = Keyring.of(first);
    byte[] old = keyring.seal("before", "s");

    keyring.install(first.withNewPrimary(random, Clock.systemUTC()));
    byte[] fresh = keyring.seal("after", "s");

    assertThat(keyring.openText(old, "s")).isEqualTo("before");
    assertThat(keyring.sealedUnderPrimary(old)).isFalse();
    assertThat(keyring.sealedUnderPrimary(fresh)).isTrue();
  }

  @Test
  void a_key_another_server_added_is_picked_up_on_first_sight() {
    KeySet rotated = first.withNewPrimary(random, Clock.systemUTC());
    byte[] sealedElsewhere = Keyring.of(rotated).seal("from the other node", "s");
    Keyring stale =
        new Keyring(
            first, EncryptionBudget.inMemory(), RotationPolicy.standard(), k -> {}, () -> rotated);

    assertThat(stale.openText(sealedElsewhere, "s")).isEqualTo("from the other node");
    assertThat(stale.primaryKeyId()).isEqualTo(rotated.primaryId());
  }

  @Test
  void the_budget_asks_for_rotation_and_then_refuses_before_gcm_limits() {
    List<String> due = new ArrayList<>();
    Keyring keyring =
        new Keyring(
            first, EncryptionBudget.inMemory(), new RotationPolicy(2, 3), due::add, () -> first);

    keyring.seal("1", "s");
    keyring.seal("2", "s");

    assertThat(due).containsExactly(first.primaryId());
    assertThatThrownBy(() -> keyring.seal("3", "s")).isInstanceOf(KeyExhaustedException.class);
  }

  @Test
  void fingerprints_are_stable_under_one_key_and_change_with_the_primary() {
    Keyring keyring = Keyring.of(first);
    String before = keyring.fingerprint("same text");

    assertThat(keyring.fingerprint("same text")).isEqualTo(before).doesNotContain("same");
    keyring.install(first.withNewPrimary(random, Clock.systemUTC()));
    assertThat(keyring.fingerprint("same text")).isNotEqualTo(before);
  }

  @Test
  void a_policy_at_or_beyond_two_to_the_32_is_rejected() {
    assertThatThrownBy(() -> new RotationPolicy(1, 1L << 32))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
