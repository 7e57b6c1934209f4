package org.haven.privacy;

import java.util.Locale;

/** The two forms an export is made in. */
public enum ExportFormat {
  JSON("application/json", "json"),
  CSV("text/csv", "csv");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String fileName() {
    return "haven-export." + extension;
  }

  public static ExportFormat of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
