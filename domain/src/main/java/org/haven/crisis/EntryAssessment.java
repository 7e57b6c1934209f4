package org.haven.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The stored assessment of one journal entry. Findings, protective factors and deciders are kept as
 * JSON documents written by the screening service; the level and categories stay queryable.
 */
@Entity
@Table(name = "entry_assessment")
public class EntryAssessment {

  @Id
  @Column(name = "entry_id")
  private UUID entryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskLevel level;

  @Column(nullable = false)
  private double confidence;

  @Column(nullable = false)
  private String categories;

  @Column(nullable = false)
  private String findings;

  @Column(nullable = false)
  private String protective;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  @Column(nullable = false)
  private String degraded;

  @Column(name = "elapsed_micros", nullable = false)
  private long elapsedMicros;

  @Column(name = "assessed_at", nullable = false)
  private OffsetDateTime assessedAt;

  protected EntryAssessment() {}

  public EntryAssessment(
      UUID entryId,
      RiskLevel level,
      double confidence,
      String categories,
      String findings,
      String protective,
      String decidedBy,
      String degraded,
      long elapsedMicros,
      OffsetDateTime assessedAt) {
    this.entryId = entryId;
    this.level = level;
    this.confidence = confidence;
    this.categories = categories;
    this.findings = findings;
    this.protective = protective;
    this.decidedBy = decidedBy;
    this.degraded = degraded;
    this.elapsedMicros = elapsedMicros;
    this.assessedAt = assessedAt;
  }

  public UUID entryId() {
    return entryId;
  }

  public RiskLevel level() {
    return level;
  }

  public String findingsJson() {
    return findings;
  }

  public String categories() {
    return categories;
  }
}
