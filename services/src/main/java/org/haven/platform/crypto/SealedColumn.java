package org.haven.platform.crypto;

import java.util.List;

/** A bytea column holding envelopes, and the key of its table, as the re-encryption job sees it. */
record SealedColumn(String table, String id, String column) {

  /** Every column Haven seals. A new sealed attribute joins this list in the same change. */
  static final List<SealedColumn> ALL =
      List.of(
          new SealedColumn("journal_entry", "id", "content_sealed"),
          new SealedColumn("entry_assessment", "entry_id", "findings_sealed"),
          new SealedColumn("entry_assessment", "entry_id", "protective_sealed"),
          new SealedColumn("entry_embedding", "entry_id", "vector_sealed"),
          new SealedColumn("entry_support", "entry_id", "text_sealed"),
          new SealedColumn("crisis_case_event", "id", "detail_sealed"),
          new SealedColumn("data_export", "id", "json_sealed"),
          new SealedColumn("data_export", "id", "csv_sealed"));

  /** The envelope's key id is bytes 3.. of the value, its length in byte 2 (see Envelope). */
  String keyIdSql() {
    return "substring(" + column + " from 3 for get_byte(" + column + ", 1))";
  }
}
