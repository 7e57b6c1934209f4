package org.haven.platform.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import org.haven.platform.files.OwnerOnlyFile;

/**
 * The key set as a properties file ({@code primary=<id>}, {@code key.<id>=<base64>}), written
 * owner-only beside the data in the embedded default, or put in place by the operator.
 */
final class KeyFile {

  private static final String KEY_PREFIX = "key.";

  private KeyFile() {}

  static KeySet read(Path file) throws IOException {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      props.load(in);
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    props.stringPropertyNames().stream()
        .filter(name -> name.startsWith(KEY_PREFIX))
        .sorted()
        .forEach(
            name ->
                keys.put(
                    name.substring(KEY_PREFIX.length()),
                    KeySet.aesKey(Base64.getDecoder().decode(props.getProperty(name).trim()))));
    String primary = props.getProperty("primary");
    if (primary == null) {
      throw new IllegalStateException("The key file " + file + " names no primary key");
    }
    return new KeySet(primary.trim(), keys);
  }

  static void write(Path file, KeySet keys) throws IOException {
    Properties props = new Properties();
    props.setProperty("primary", keys.primaryId());
    keys.keys()
        .forEach(
            (id, key) ->
                props.setProperty(
                    KEY_PREFIX + id, Base64.getEncoder().encodeToString(key.getEncoded())));
    StringWriter text = new StringWriter();
    props.store(text, "Haven data keys. Keep outside the repository, readable only by the server.");
    Path next = file.resolveSibling(file.getFileName() + ".next");
    OwnerOnlyFile.write(next, text.toString());
    Files.move(next, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Parses {@code id:base64,id:base64} from configuration. */
  static KeySet parse(String keys, String primary) {
    Map<String, SecretKey> parsed = new LinkedHashMap<>();
    for (String pair : keys.split(",")) {
      String[] parts = pair.trim().split(":", 2);
      if (parts.length != 2) {
        throw new IllegalStateException(
            "haven.crypto.keys must be id:base64 pairs separated by commas");
      }
      parsed.put(parts[0].trim(), KeySet.aesKey(Base64.getDecoder().decode(parts[1].trim())));
    }
    String chosen =
        primary != null ? primary : parsed.size() == 1 ? parsed.keySet().iterator().next() : null;
    if (chosen == null) {
      throw new IllegalStateException("Set haven.crypto.primary to the key id that seals new data");
    }
    return new KeySet(chosen, parsed);
  }
}
