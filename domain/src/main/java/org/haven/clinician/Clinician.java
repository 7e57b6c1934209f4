package org.haven.clinician;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.haven.shared.Require;

/**
 * A member of the care team who signs in to the console. The password hash is in the format the
 * application server's PBKDF2 password hash verifies, so the server's identity store can check it.
 */
@Entity
@Table(name = "clinician")
public class Clinician {

  @Id private UUID id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "clinician_role", joinColumns = @JoinColumn(name = "clinician_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<ClinicianRole> roles = EnumSet.noneOf(ClinicianRole.class);

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Clinician() {}

  private Clinician(
      String username,
      String displayName,
      String passwordHash,
      Set<ClinicianRole> roles,
      OffsetDateTime at) {
    Require.that(!roles.isEmpty(), "roles", "a clinician needs at least one role");
    this.id = UUID.randomUUID();
    this.username = Require.text("username", username, 80);
    this.displayName = Require.text("displayName", displayName, 120);
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  public static Clinician enrol(
      String username,
      String displayName,
      String passwordHash,
      Set<ClinicianRole> roles,
      OffsetDateTime at) {
    return new Clinician(username, displayName, passwordHash, roles, at);
  }

  public UUID id() {
    return id;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Set<ClinicianRole> roles() {
    return Set.copyOf(roles);
  }
}
