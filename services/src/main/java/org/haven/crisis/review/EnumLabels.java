package org.haven.crisis.review;

import java.util.Locale;

/** Enum names as people read them: SUICIDAL_IDEATION is "Suicidal ideation". */
public final class EnumLabels {

  private EnumLabels() {}

  public static String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
