package org.haven.platform.time;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads a timestamptz from a native query, whichever type the driver chose to return it as. */
public final class SqlTimes {

  private SqlTimes() {}

  /** The value in UTC, or null for SQL NULL. */
  public static OffsetDateTime utc(Object value) {
    if (value == null || value instanceof OffsetDateTime) {
      return (OffsetDateTime) value;
    }
    return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
