package org.haven.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.haven.account.Account;
import org.haven.api.Roles;
import org.haven.clinician.Clinician;

/** Signs the RS256 bearer tokens that MicroProfile JWT verifies on every API call. */
@ApplicationScoped
public class TokenIssuer {

  public static final String STAFF_SUBJECT_PREFIX = "clinician/";

  @Inject AuthSettings settings;

  @Inject SigningKey key;

  public IssuedToken issueFor(Account account) {
    return issue(account.id().toString(), account.username(), List.of(Roles.USER));
  }

  /** A token for a member of the care team: subject {@code clinician/<id>}, their roles. */
  public IssuedToken issueFor(Clinician clinician) {
    return issue(
        STAFF_SUBJECT_PREFIX + clinician.id(),
        clinician.username(),
        clinician.roles().stream().map(Enum::name).sorted().toList());
  }

  private IssuedToken issue(String subject, String upn, List<String> groups) {
    Instant now = Instant.now();
    Instant expires = now.plus(settings.tokenLifetime());
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.issuer())
            .audience(settings.audience())
            .subject(subject)
            .claim("upn", upn)
            .claim("groups", groups)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(key.keyId())
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key.pair().getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign a token", e);
    }
    return new IssuedToken(jwt.serialize(), settings.tokenLifetime().toSeconds());
  }

  /** A signed token and how many seconds it stays valid. */
  public record IssuedToken(String value, long expiresInSeconds) {}
}
