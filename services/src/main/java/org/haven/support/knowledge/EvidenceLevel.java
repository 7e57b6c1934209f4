package org.haven.support.knowledge;

/** How strong the published evidence behind a passage's technique is. */
public enum EvidenceLevel {
  STRONG,
  MODERATE,
  EMERGING,
  EXPERT_CONSENSUS,
  /** An operator's own document, whose evidence Haven cannot judge. */
  UNRATED
}
