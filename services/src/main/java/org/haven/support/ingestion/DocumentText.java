package org.haven.support.ingestion;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The text of a stored document as a stream of characters, whatever its format. */
final class DocumentText {

  static final Set<String> TEXT_TYPES = Set.of("text/markdown", "text/plain", "text/x-markdown");
  static final String PDF = "application/pdf";

  private DocumentText() {}

  static boolean supported(String mediaType) {
    String type = base(mediaType);
    return TEXT_TYPES.contains(type) || PDF.equals(type);
  }

  static Reader open(Path file, String mediaType) throws IOException {
    return PDF.equals(base(mediaType))
        ? new PdfText(file)
        : Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  static String base(String mediaType) {
    int parameters = mediaType.indexOf(';');
    return (parameters < 0 ? mediaType : mediaType.substring(0, parameters))
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
