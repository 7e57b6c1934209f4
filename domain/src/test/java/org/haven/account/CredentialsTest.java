package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.haven.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  @Test
  void usernames_are_normalised_to_lower_case() {
    assertThat(new Credentials("  Alice.B ", "whatever").username()).isEqualTo("alice.b");
  }

  @Test
  void usernames_with_spaces_or_symbols_are_refused() {
    assertThatThrownBy(() -> new Credentials("al ice", "pw"))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> new Credentials("ab", "pw")).hasMessageContaining("username");
  }

  @Test
  void a_chosen_password_must_be_long_and_not_contain_the_username() {
    assertThatThrownBy(() -> new Credentials("alice", "short").requireStrongPassword())
        .hasMessageContaining("at least");
    assertThatThrownBy(() -> new Credentials("alice", "my-alice-password").requireStrongPassword())
        .hasMessageContaining("username");
    assertThat(new Credentials("alice", "correct horse battery").requireStrongPassword())
        .isNotNull();
  }

  @Test
  void the_password_never_appears_in_the_string_form() {
    assertThat(new Credentials("alice", "correct horse battery").toString())
        .doesNotContain("horse");
  }
}
