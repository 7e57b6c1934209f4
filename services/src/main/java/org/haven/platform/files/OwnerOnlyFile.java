package org.haven.platform.files;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes secrets (a private key, a generated password) so that only the owner can read them: with
 * POSIX permissions {@code rw-------} where the file system has them, and with the platform's
 * default for the user's own files elsewhere (Windows).
 */
public final class OwnerOnlyFile {

  private OwnerOnlyFile() {}

  public static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, content);
  }
}
