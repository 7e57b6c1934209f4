package org.haven.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A person who keeps a journal. Holds only a password hash, never the password. */
@Entity
@Table(name = "account")
public class Account {

  @Id private UUID id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Account() {}

  private Account(String username, String passwordHash, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public static Account register(String username, String passwordHash, OffsetDateTime at) {
    return new Account(username, passwordHash, at);
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
