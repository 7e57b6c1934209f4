package org.haven.clinician.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.haven.account.Credentials;
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
    return em.createQuery(
                "SELECT COUNT(c) FROM Clinician c JOIN c.roles r WHERE c.username = :u AND r IN"
                    + " (org.haven.clinician.ClinicianRole.CLINICIAN,"
                    + " org.haven.clinician.ClinicianRole.SUPERVISOR)",
                Long.class)
            .setParameter("u", username)
            .getSingleResult()
        > 0;
  }

  /**
   * Enrols a member of the care team; the username must be new, and username and password follow
   * the account rules ({@link Credentials}).
   */
  @Transactional
  public Clinician enrol(
      String username, String displayName, String password, Set<ClinicianRole> roles, String by) {
    // The same rules as people's accounts: one username format, one password strength.
    Credentials chosen = new Credentials(username, password).requireStrongPassword();
    boolean taken =
        !em.createQuery("SELECT c.id FROM Clinician c WHERE c.username = :u")
            .setParameter("u", chosen.username())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainRuleViolation("username", "That username is taken");
    }
    Clinician enrolled =
        Clinician.enrol(
            chosen.username(), displayName, hasher.hash(chosen.password()), roles, clock.now());
    em.persist(enrolled);
    audit.record(by, AuditAction.STAFF_ENROLLED, "clinician/" + enrolled.id());
    return enrolled;
  }
}
