package org.haven.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.haven.shared.PrivateText;

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

  @Column(name = "findings_sealed", nullable = false)
  private PrivateText findings;

  @Column(name = "protective_sealed", nullable = false)
  private PrivateText protective;

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
    this.findings = new PrivateText(sealedFor("findings"), findings);
    this.protective = new PrivateText(sealedFor("protective"), protective);
    this.decidedBy = decidedBy;
    this.degraded = degraded;
    this.elapsedMicros = elapsedMicros;
    this.assessedAt = assessedAt;
  }

  @PostLoad
  void checkEvidenceWasSealedForThisAssessment() {
    findings.requireSubject(sealedFor("findings"));
    protective.requireSubject(sealedFor("protective"));
  }

  private String sealedFor(String part) {
    return "entry_assessment/" + entryId + "/" + part;
  }

  public UUID entryId() {
    return entryId;
  }

  public RiskLevel level() {
    return level;
  }

  public String findingsJson() {
    return findings.text();
  }

  public String categories() {
    return categories;
  }

  public double confidence() {
    return confidence;
  }

  /** The rule-book and model versions that decided, as a JSON array. */
  public String decidedByJson() {
    return decidedBy;
  }

  /** The components that were down, comma-separated; empty when none was. */
  public String degraded() {
    return degraded;
  }

  public OffsetDateTime assessedAt() {
    return assessedAt;
  }
}
