package org.haven.api.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.haven.platform.files.OwnerOnlyFile;

/**
 * The RSA key that signs end-user tokens. Read from {@code private.pem} in the configured key
 * directory; when none is there (the embedded default), generated once and written there with its
 * {@code public.pem}, which MicroProfile JWT reads to verify. Never part of the repository.
 */
@ApplicationScoped
public class SigningKey {

  private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
  private static final int KEY_BITS = 3072;
  static final String PRIVATE_PEM = "private.pem";
  static final String PUBLIC_PEM = "public.pem";

  @Inject AuthSettings settings;

  private volatile KeyPair pair;
  private volatile String keyId;

  public synchronized void loadOrGenerate() {
    if (pair != null || !settings.issuerEnabled()) {
      return;
    }
    Path dir = settings.keyDir();
    try {
      pair = Files.exists(dir.resolve(PRIVATE_PEM)) ? read(dir) : generate(dir);
      keyId = thumbprint(pair.getPublic().getEncoded());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the token signing key in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The token signing key in " + dir + " is not an RSA key", e);
    }
  }

  public KeyPair pair() {
    loadOrGenerate();
    return pair;
  }

  public String keyId() {
    loadOrGenerate();
    return keyId;
  }

  private static KeyPair read(Path dir) throws IOException, GeneralSecurityException {
    byte[] der = Pem.decode(Files.readString(dir.resolve(PRIVATE_PEM)));
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    var privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
    var publicKey =
        (RSAPublicKey)
            rsa.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    Path publicPem = dir.resolve(PUBLIC_PEM);
    if (!Files.exists(publicPem)) {
      Files.writeString(publicPem, Pem.encode("PUBLIC KEY", publicKey.getEncoded()));
    }
    return new KeyPair(publicKey, privateKey);
  }

  private static KeyPair generate(Path dir) throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(KEY_BITS);
    KeyPair generated = generator.generateKeyPair();
    OwnerOnlyFile.write(
        dir.resolve(PRIVATE_PEM), Pem.encode("PRIVATE KEY", generated.getPrivate().getEncoded()));
    Files.writeString(
        dir.resolve(PUBLIC_PEM), Pem.encode("PUBLIC KEY", generated.getPublic().getEncoded()));
    LOG.info(() -> "Generated a token signing key in " + dir);
    return generated;
  }

  private static String thumbprint(byte[] encodedPublicKey) throws GeneralSecurityException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(encodedPublicKey);
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** PEM armour for DER-encoded keys, as MicroProfile JWT and OpenSSL read them. */
  static final class Pem {
    private Pem() {}

    static String encode(String label, byte[] der) {
      String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
      return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    static byte[] decode(String pem) {
      String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return Base64.getDecoder().decode(body);
    }
  }
}
