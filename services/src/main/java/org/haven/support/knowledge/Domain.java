package org.haven.support.knowledge;

import java.util.Locale;

/** The field of practice a passage belongs to; the bundled passages are kept one file a domain. */
public enum Domain {
  CBT,
  DBT,
  ACT,
  MINDFULNESS,
  SAFETY_PLANNING,
  BEHAVIOURAL_ACTIVATION,
  SLEEP,
  STRESS,
  GRIEF,
  SUBSTANCE_USE,
  RELATIONSHIPS;

  /** The bundled file's name: {@code safety-planning.jsonl} for SAFETY_PLANNING. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".jsonl";
  }

  public int bit() {
    return 1 << ordinal();
  }
}
