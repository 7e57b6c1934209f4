package org.haven.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelUploadTest {

  private static String metadata(String task) {
    return "{\"name\":\"crisis-level\",\"version\":\"1.2\",\"task\":\"" + task + "\"}";
  }

  @Test
  void a_task_the_registry_can_hold_is_accepted() {
    assertThat(ModelUpload.of(new byte[] {1}, metadata("crisis level of an entry"), "").task())
        .isEqualTo("crisis level of an entry");
  }

  @Test
  void a_task_longer_than_the_registry_holds_is_refused_by_name_before_any_insert() {
    assertThatThrownBy(() -> ModelUpload.of(new byte[] {1}, metadata("x".repeat(201)), ""))
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("task");
  }
}
