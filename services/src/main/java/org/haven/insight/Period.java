package org.haven.insight;

import java.util.Locale;

/** The span a trend groups entries by, as PostgreSQL's {@code date_trunc} names it. */
public enum Period {
  DAY,
  WEEK,
  MONTH;

  String sqlUnit() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Period of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
