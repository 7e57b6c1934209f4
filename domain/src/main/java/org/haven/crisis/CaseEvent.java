package org.haven.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a case's history: what happened, when, by whom, and the entry behind it if any. */
@Embeddable
public class CaseEvent {

  /** The actor name used when Haven itself, not a person, changed the case. */
  public static final String HAVEN = "haven";

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

  // Text, not uuid: EclipseLink binds UUIDs inside embeddables as strings.
  @Column(name = "entry_id", updatable = false, length = 36)
  private String entryId;

  protected CaseEvent() {}

  CaseEvent(OffsetDateTime at, String actor, CaseEventType type, RiskLevel level, UUID entryId) {
    this.at = at;
    this.actor = actor;
    this.type = type;
    this.level = level;
    this.entryId = entryId == null ? null : entryId.toString();
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
}
