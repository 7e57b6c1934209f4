package org.haven.crisis;

/**
 * How urgent a text is, in the order of the Columbia Suicide Severity Rating Scale's logic: passive
 * ideation is MODERATE, active ideation or preparatory acts HIGH, intent with a plan, means or a
 * time CRITICAL.
 */
public enum RiskLevel {
  NONE,
  LOW,
  MODERATE,
  HIGH,
  CRITICAL;

  public boolean isAtLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }

  public RiskLevel max(RiskLevel other) {
    return isAtLeast(other) ? this : other;
  }

  public RiskLevel min(RiskLevel other) {
    return isAtLeast(other) ? other : this;
  }
}
