package org.haven.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who keeps a journal. Holds only a password hash, never the password, or, for people
 * signed in by an external identity provider, that provider's subject.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id private UUID id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "external_subject", unique = true, updatable = false)
  private String externalSubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Account() {}

  private Account(String username, String passwordHash, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = passwordHash;
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public static Account register(String username, String passwordHash, OffsetDateTime at) {
    return new Account(username, Objects.requireNonNull(passwordHash, "passwordHash"), at);
  }

  /**
   * An account for someone an external identity provider vouches for, made on their first call.
   * {@code externalSubject} is the provider's issuer and subject; there is no password here.
   */
  public static Account provisionExternal(
      String username, String externalSubject, OffsetDateTime at) {
    Account account = new Account(username, null, at);
    account.externalSubject = Objects.requireNonNull(externalSubject, "externalSubject");
    return account;
  }

  public UUID id() {
    return id;
  }

  public String username() {
    return username;
  }

  /** Empty for accounts that sign in through an external identity provider. */
  public java.util.Optional<String> passwordHash() {
    return java.util.Optional.ofNullable(passwordHash);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
