package org.haven.models;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One registered version of a model: its ONNX artifact and the SHA-256 it must still have when a
 * server loads it, its metadata (labels, thresholds, evaluation metrics), model card and state.
 */
@Entity
@Table(name = "model_version")
public class ModelVersion {

  static final int MAX_ERROR = 500;

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(nullable = false, updatable = false)
  private String version;

  @Column(nullable = false, updatable = false)
  private String task;

  @Column(nullable = false, updatable = false)
  private String format;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(nullable = false, updatable = false)
  private byte[] artifact;

  @Column(nullable = false, updatable = false)
  private String metadata;

  @Column(name = "model_card", nullable = false, updatable = false)
  private String modelCard;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ModelState state;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "activated_at")
  private OffsetDateTime activatedAt;

  protected ModelVersion() {}

  ModelVersion(ModelUpload upload, String sha256, ModelState state, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.name = upload.name();
    this.version = upload.version();
    this.task = upload.task();
    this.format = "ONNX";
    this.sha256 = sha256;
    this.artifact = upload.onnx().clone();
    this.metadata = upload.metadata();
    this.modelCard = upload.modelCard();
    this.state = state;
    this.createdAt = at;
    this.activatedAt = state == ModelState.ACTIVE ? at : null;
  }

  void activate(OffsetDateTime at) {
    state = ModelState.ACTIVE;
    activatedAt = at;
    lastError = null;
  }

  void retire() {
    state = ModelState.RETIRED;
  }

  void refused(String reason) {
    lastError = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public String label() {
    return name + "@" + version;
  }

  /** The artifact's size in bytes. */
  long size() {
    return artifact.length;
  }

  byte[] artifact() {
    return artifact.clone();
  }

  String sha256() {
    return sha256;
  }

  String metadata() {
    return metadata;
  }

  ModelView view() {
    return new ModelView(
        name,
        version,
        task,
        format,
        sha256,
        state,
        lastError,
        createdAt,
        activatedAt,
        metadata,
        modelCard);
  }
}
