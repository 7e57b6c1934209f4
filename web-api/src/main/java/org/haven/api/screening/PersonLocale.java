package org.haven.api.screening;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The locale crisis resources are chosen for: the one the app sent, else the browser's, else en-US.
 */
public final class PersonLocale {

  private PersonLocale() {}

  public static Locale of(String explicit, HttpHeaders headers) {
    if (explicit != null && !explicit.isBlank()) {
      return Locale.forLanguageTag(explicit.strip());
    }
    return headers.getAcceptableLanguages().stream()
        .filter(l -> !l.getLanguage().isEmpty() && !"*".equals(l.getLanguage()))
        .findFirst()
        .orElse(Locale.US);
  }
}
