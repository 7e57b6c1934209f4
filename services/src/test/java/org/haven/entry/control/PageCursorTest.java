package org.haven.entry.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.haven.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  @Test
  void a_cursor_survives_the_round_trip_to_the_client_to_the_microsecond() {
    PageCursor cursor =
        new PageCursor(
            OffsetDateTime.of(2026, 11, 26, 9, 30, 1, 123_456_000, ZoneOffset.UTC),
            UUID.randomUUID());

    assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void the_encoded_form_is_url_safe() {
    String token = new PageCursor(OffsetDateTime.now(ZoneOffset.UTC), UUID.randomUUID()).encode();

    assertThat(token).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void anything_the_server_did_not_hand_out_is_a_rule_violation_on_the_cursor_field() {
    for (String forged : new String[] {"%%%", "bm90LWEtY3Vyc29y", "MTIzfm5vdC1hLXV1aWQ", ""}) {
      assertThatThrownBy(() -> PageCursor.decode(forged))
          .isInstanceOf(DomainRuleViolation.class)
          .extracting(e -> ((DomainRuleViolation) e).field())
          .isEqualTo("cursor");
    }
  }
}
