package org.haven.shared;

/** Guards used by aggregates and value objects to state their invariants in one line each. */
public final class Require {

  private Require() {}

  public static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new DomainRuleViolation(field, field + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new DomainRuleViolation(field, field + " must be at most " + maxLength + " characters");
    }
    return value;
  }

  public static void that(boolean condition, String field, String message) {
    if (!condition) {
      throw new DomainRuleViolation(field, message);
    }
  }
}
