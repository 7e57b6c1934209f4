package org.haven.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.haven.platform.time.WallClock;

/**
 * Where this server's data keys come from: configuration (environment, a secret store behind MP
 * Config) when {@code haven.crypto.keys} is set, otherwise the key file, generated on first start
 * where allowed. Only keys in the file are Haven's to rotate.
 */
@ApplicationScoped
public class KeySource {

  private static final Logger LOG = Logger.getLogger(KeySource.class.getName());

  @Inject CryptoSettings settings;

  @Inject WallClock clock;

  private final SecureRandom random = new SecureRandom();

  public KeySet load() {
    if (settings.configuredKeys().isPresent()) {
      return KeyFile.parse(
          settings.configuredKeys().get(), settings.configuredPrimary().orElse(null));
    }
    Path file = settings.keyFile();
    try {
      if (Files.exists(file)) {
        return KeyFile.read(file);
      }
      if (!settings.generate()) {
        throw new IllegalStateException(
            "No data keys: set haven.crypto.keys or put a key file at " + file);
      }
      KeySet generated = KeySet.generate(random, clock.clock());
      KeyFile.write(file, generated);
      LOG.info(() -> "Generated data key " + generated.primaryId() + " in " + file);
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the key file " + file, e);
    }
  }

  /** Whether {@link #rotate} can work here: the keys live in Haven's own key file. */
  public boolean managed() {
    return settings.configuredKeys().isEmpty();
  }

  /** Adds a new primary key to the key file, keeping every older key, and answers the new set. */
  public synchronized KeySet rotate() {
    if (!managed()) {
      throw new KeysNotManagedException();
    }
    KeySet next = load().withNewPrimary(random, clock.clock());
    try {
      KeyFile.write(settings.keyFile(), next);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the key file " + settings.keyFile(), e);
    }
    return next;
  }
}
