package org.haven.shared;

/**
 * A request broke a rule of the domain. Names the offending field so that a client can point at it.
 */
public class DomainRuleViolation extends RuntimeException {

  private final String field;

  public DomainRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
