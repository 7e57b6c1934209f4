package org.haven.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.haven.shared.PrivateText;

/**
 * One line of a case's history: what happened, when, by whom, and the entry behind it if any. An
 * entity of its own, written once and never changed: the history only grows.
 */
@Entity
@Table(name = "crisis_case_event")
public class CaseEvent {

  /** The actor name used when Haven itself, not a person, changed the case. */
  public static final String HAVEN = "haven";

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CrisisCase crisis;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime at;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CaseEventType type;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private RiskLevel level;

  // Text, not uuid: the column predates this mapping (EclipseLink bound UUIDs in embeddables as
  // strings).
  @Column(name = "entry_id", updatable = false, length = 36)
  private String entryId;

  /** A short machine-readable detail: the assignee, the outcome or the reason's kind. */
  @Column(updatable = false, length = 80)
  private String code;

  /** What a clinician wrote: a note, or the reason for an escalation, closing or reopening. */
  @Column(name = "detail_sealed", updatable = false)
  private PrivateText detail;

  protected CaseEvent() {}

  CaseEvent(
      CrisisCase crisis,
      int position,
      OffsetDateTime at,
      String actor,
      CaseEventType type,
      RiskLevel level,
      UUID entryId,
      String code,
      PrivateText detail) {
    this.id = UUID.randomUUID();
    this.crisis = crisis;
    this.position = position;
    this.at = at;
    this.actor = actor;
    this.type = type;
    this.level = level;
    this.entryId = entryId == null ? null : entryId.toString();
    this.code = code;
    this.detail = detail;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public CaseEventType type() {
    return type;
  }

  public RiskLevel level() {
    return level;
  }

  public UUID entryId() {
    return entryId == null ? null : UUID.fromString(entryId);
  }

  public String code() {
    return code;
  }

  /** What the clinician wrote, or an empty text. */
  public String detail() {
    return detail == null ? "" : detail.text();
  }

  PrivateText sealedDetail() {
    return detail;
  }
}
