package org.haven.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Builds the one keyring of this server from its key source, budget and rotation policy. */
@ApplicationScoped
public class KeyringProducer {

  @Inject KeySource source;

  @Inject KeyUsageLedger ledger;

  @Inject CryptoSettings settings;

  @Inject KeyRotation rotation;

  @Produces
  @Singleton
  Keyring keyring() {
    return new Keyring(
        source.load(), ledger, settings.policy(), rotation::rotationDue, source::load);
  }
}
