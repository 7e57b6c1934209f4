package org.haven.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.haven.account.Account;
import org.haven.account.Credentials;
import org.haven.account.UsernameTakenException;
import org.haven.platform.time.WallClock;

/** Registration and sign-in for people who keep a journal. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "haven")
  EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject WallClock clock;

  /**
   * A hash of nothing, checked when a username is unknown so the answer takes as long either way.
   */
  @Transactional
  public Account register(Credentials credentials) {
    credentials.requireStrongPassword();
    if (findByUsername(credentials.username()).isPresent()) {
      throw new UsernameTakenException();
    }
    Account account =
        Account.register(credentials.username(), hasher.hash(credentials.password()), clock.now());
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException raceOnTheUniqueUsername) {
      throw new UsernameTakenException();
    }
    return account;
  }

  public Optional<Account> authenticate(Credentials credentials) {
    Optional<Account> account = findByUsername(credentials.username());
    String stored = account.flatMap(Account::passwordHash).orElseGet(hasher::decoy);
    boolean matches = hasher.matches(credentials.password(), stored);
    return matches ? account : Optional.empty();
  }

  /**
   * The account of someone an external identity provider signed in, made on first use. Two first
   * calls at once are fine: the loser of the race reads the winner's account.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UUID provisionExternal(String issuer, String subject) {
    String externalSubject = issuer + " " + subject;
    Optional<UUID> known = findExternal(externalSubject);
    if (known.isPresent()) {
      return known.get();
    }
    Account account =
        Account.provisionExternal(externalUsername(externalSubject), externalSubject, clock.now());
    em.persist(account);
    return account.id();
  }

  public Optional<UUID> findExternal(String issuer, String subject) {
    return findExternal(issuer + " " + subject);
  }

  private Optional<UUID> findExternal(String externalSubject) {
    return em.createQuery("SELECT a.id FROM Account a WHERE a.externalSubject = :s", UUID.class)
        .setParameter("s", externalSubject)
        .getResultStream()
        .findFirst();
  }

  /** A stable, non-identifying username for an external account. */
  private static String externalUsername(String externalSubject) {
    return "idp-"
        + UUID.nameUUIDFromBytes(externalSubject.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString()
            .substring(0, 23);
  }

  /** The id of the account with this username, for records that must not hold the name. */
  public Optional<UUID> idOf(String username) {
    return findByUsername(username).map(Account::id);
  }

  public Optional<Account> find(UUID id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  private Optional<Account> findByUsername(String username) {
    return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }
}
