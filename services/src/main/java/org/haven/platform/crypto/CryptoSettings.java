package org.haven.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the data keys come from and how much each may seal. */
@ApplicationScoped
public class CryptoSettings {

  /** {@code id:base64,id:base64}; when set, the key file is not used and Haven rotates nothing. */
  @Inject
  @ConfigProperty(name = "haven.crypto.keys")
  Optional<String> keys;

  /** The key id that seals new data when the keys come from configuration. */
  @Inject
  @ConfigProperty(name = "haven.crypto.primary")
  Optional<String> primary;

  /** Read (and, in the embedded default, written) when no keys are configured. */
  @Inject
  @ConfigProperty(name = "haven.crypto.key-file")
  String keyFile;

  /** Whether Haven may create the key file; production sets false so a missing file stops it. */
  @Inject
  @ConfigProperty(name = "haven.crypto.generate", defaultValue = "true")
  boolean generate;

  @Inject
  @ConfigProperty(name = "haven.crypto.rotate-at", defaultValue = "268435456")
  long rotateAt;

  @Inject
  @ConfigProperty(name = "haven.crypto.refuse-at", defaultValue = "1073741824")
  long refuseAt;

  /** Encryptions a server reserves in the ledger at a time: one database write per block. */
  @Inject
  @ConfigProperty(name = "haven.crypto.ledger-block", defaultValue = "1000")
  int ledgerBlock;

  Optional<String> configuredKeys() {
    return keys.filter(k -> !k.isBlank());
  }

  Optional<String> configuredPrimary() {
    return primary.filter(p -> !p.isBlank());
  }

  Path keyFile() {
    return Path.of(keyFile);
  }

  boolean generate() {
    return generate;
  }

  RotationPolicy policy() {
    return new RotationPolicy(rotateAt, refuseAt);
  }

  int ledgerBlock() {
    return ledgerBlock;
  }
}
