package org.haven.clinician.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.haven.account.control.PasswordHasher;
import org.haven.clinician.Clinician;

/** Checks a member of the care team's password, for API tokens that carry their roles. */
@ApplicationScoped
public class StaffSignIn {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject PasswordHasher hasher;

  public Optional<Clinician> authenticate(String username, String password) {
    Optional<Clinician> clinician = find(username);
    String stored = clinician.map(Clinician::passwordHash).orElseGet(hasher::decoy);
    return hasher.matches(password, stored) ? clinician : Optional.empty();
  }

  /** How the audit trail names whoever used this username: by id, or as unknown. */
  public String auditNameOf(String username) {
    return "clinician/" + find(username).map(c -> c.id().toString()).orElse("unknown");
  }

  private Optional<Clinician> find(String username) {
    return em.createQuery("SELECT c FROM Clinician c WHERE c.username = :u", Clinician.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }
}
