package org.haven.api.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How this server issues tokens. The verifying side reads the same values from mp.jwt.* keys. */
@ApplicationScoped
public class AuthSettings {

  @Inject
  @ConfigProperty(name = "haven.auth.issuer.enabled", defaultValue = "true")
  boolean issuerEnabled;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "haven")
  String issuer;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "haven-api")
  String audience;

  @Inject
  @ConfigProperty(name = "haven.auth.token-lifetime", defaultValue = "PT1H")
  Duration tokenLifetime;

  @Inject
  @ConfigProperty(name = "haven.auth.key-dir")
  String keyDir;

  public boolean issuerEnabled() {
    return issuerEnabled;
  }

  public String issuer() {
    return issuer;
  }

  public String audience() {
    return audience;
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  public Path keyDir() {
    return Path.of(keyDir).toAbsolutePath();
  }
}
