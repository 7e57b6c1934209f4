package org.haven.api.problem;

import org.haven.shared.DomainRuleViolation;

/** A whole-number query parameter within bounds; anything else is a 400 naming the parameter. */
public final class QueryNumber {

  private QueryNumber() {}

  public static int within(String value, String name, int fallback, int min, int max) {
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, like an out-of-range number
    }
    throw new DomainRuleViolation(
        name, name + " must be a whole number from " + min + " to " + max);
  }
}
