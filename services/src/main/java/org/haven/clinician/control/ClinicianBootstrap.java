package org.haven.clinician.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.account.control.PasswordHasher;
import org.haven.clinician.Clinician;
import org.haven.clinician.ClinicianRole;
import org.haven.platform.database.DatabaseSettings;
import org.haven.platform.files.OwnerOnlyFile;
import org.haven.platform.time.WallClock;

/**
 * Makes sure the console can be entered the first time: when no administrator exists, one is
 * enrolled from HAVEN_ADMIN_USERNAME / HAVEN_ADMIN_PASSWORD. On the embedded default without a
 * configured password, one is generated and written to a file only its owner can read, rather than
 * printed into a log that outlives it.
 */
@ApplicationScoped
public class ClinicianBootstrap {

  private static final Logger LOG = Logger.getLogger(ClinicianBootstrap.class.getName());
  static final String PASSWORD_FILE = "initial-admin-password";
  private static final int GENERATED_PASSWORD_BYTES = 18;

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject WallClock clock;

  @Inject DatabaseSettings database;

  @Inject
  @ConfigProperty(name = "haven.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "haven.admin.password")
  Optional<String> password;

  @Transactional
  public void ensureAnAdministratorExists() {
    if (administrators() > 0) {
      return;
    }
    Optional<String> chosen =
        password.filter(p -> !p.isBlank()).or(this::generatedForEmbeddedDefault);
    if (chosen.isEmpty()) {
      LOG.warning(
          "No console administrator exists: set HAVEN_ADMIN_USERNAME and HAVEN_ADMIN_PASSWORD and restart");
      return;
    }
    em.persist(
        Clinician.enrol(
            username,
            "Administrator",
            hasher.hash(chosen.get()),
            EnumSet.allOf(ClinicianRole.class),
            clock.now()));
    LOG.info(() -> "Enrolled the first console administrator '" + username + "'");
  }

  /** How many clinicians hold the ADMIN role. */
  public long administrators() {
    return em.createQuery(
            "SELECT COUNT(c) FROM Clinician c JOIN c.roles r WHERE r = org.haven.clinician.ClinicianRole.ADMIN",
            Long.class)
        .getSingleResult();
  }

  private Optional<String> generatedForEmbeddedDefault() {
    if (!database.wantsEmbedded()) {
      return Optional.empty();
    }
    byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
    new SecureRandom().nextBytes(bytes);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Path file = database.dataDir().resolve(PASSWORD_FILE);
    try {
      OwnerOnlyFile.write(file, generated + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the initial administrator password", e);
    }
    LOG.warning(
        () -> "Generated a password for console administrator '" + username + "': see " + file);
    return Optional.of(generated);
  }
}
