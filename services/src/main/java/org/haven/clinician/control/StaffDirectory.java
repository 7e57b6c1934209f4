package org.haven.clinician.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.haven.account.control.PasswordHasher;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.Clinician;
import org.haven.clinician.ClinicianRole;
import org.haven.platform.time.WallClock;
import org.haven.shared.DomainRuleViolation;

/** The care team: who can be assigned cases, and enrolling new members. */
@ApplicationScoped
public class StaffDirectory {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject WallClock clock;

  /** Everyone who works cases (clinicians and supervisors), by username. */
  public List<Clinician> caseWorkers() {
    return em.createQuery(
            "SELECT DISTINCT c FROM Clinician c JOIN c.roles r WHERE r IN"
                + " (org.haven.clinician.ClinicianRole.CLINICIAN,"
                + " org.haven.clinician.ClinicianRole.SUPERVISOR) ORDER BY c.username",
            Clinician.class)
        .getResultList();
  }

  public boolean worksCases(String username) {
    return caseWorkers().stream().anyMatch(c -> c.username().equals(username));
  }

  /** Enrols a member of the care team; the username must be new. */
  @Transactional
  public Clinician enrol(
      String username, String displayName, String password, Set<ClinicianRole> roles, String by) {
    if (password == null || password.length() < 12) {
      throw new DomainRuleViolation("password", "A staff password needs at least 12 characters");
    }
    boolean taken =
        !em.createQuery("SELECT c.id FROM Clinician c WHERE c.username = :u")
            .setParameter("u", username)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainRuleViolation("username", "That username is taken");
    }
    Clinician enrolled =
        Clinician.enrol(username, displayName, hasher.hash(password), roles, clock.now());
    em.persist(enrolled);
    audit.record(by, AuditAction.STAFF_ENROLLED, "clinician/" + enrolled.id());
    return enrolled;
  }
}
