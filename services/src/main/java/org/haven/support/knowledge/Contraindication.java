package org.haven.support.knowledge;

/** A situation in which a passage must not be offered (see docs/safety/interventions.md). */
public enum Contraindication {
  ACUTE_CRISIS,
  ACUTE_PANIC,
  TRAUMA_SYMPTOMS,
  ONGOING_ABUSE,
  SUBSTANCE_CRISIS,
  PSYCHOSIS;

  public int bit() {
    return 1 << ordinal();
  }
}
