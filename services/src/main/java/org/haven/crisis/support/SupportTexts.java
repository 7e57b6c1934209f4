package org.haven.crisis.support;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.RiskLevel;

/**
 * Chooses the vetted message and the resources for a level, a language and a country. The texts and
 * resources ship with Haven and can be replaced by files an operator names in configuration.
 */
@ApplicationScoped
public class SupportTexts {

  private static final String FALLBACK_LANGUAGE = "en";
  private static final String INTERNATIONAL = "INTL";
  private static final Logger LOG = Logger.getLogger(SupportTexts.class.getName());

  @Inject
  @ConfigProperty(name = "haven.crisis.resources.location")
  Optional<String> resourcesFile;

  @Inject
  @ConfigProperty(name = "haven.crisis.messages.location")
  Optional<String> messagesFile;

  private JsonObject resources;
  private JsonObject messages;

  @PostConstruct
  void load() {
    resources = readOrBundled(resourcesFile, "crisis/resources.json");
    messages =
        readOrBundled(messagesFile, "crisis/support-messages.json").getJsonObject("languages");
  }

  /**
   * An operator's file that cannot be read must not cost a person their support: use the bundled
   * one.
   */
  private static JsonObject readOrBundled(Optional<String> file, String bundled) {
    if (file.isPresent()) {
      try {
        return read(file, bundled);
      } catch (RuntimeException e) {
        LOG.log(
            Level.SEVERE,
            "Cannot use {0}, falling back to the bundled {1}: {2}",
            new Object[] {file.get(), bundled, e.toString()});
      }
    }
    return read(Optional.empty(), bundled);
  }

  /** Support for this level, or empty below MODERATE. */
  public Optional<SupportMessage> compose(RiskLevel level, Locale locale, boolean careTeamWillSee) {
    if (!level.isAtLeast(RiskLevel.MODERATE)) {
      return Optional.empty();
    }
    String language =
        messages.containsKey(locale.getLanguage()) ? locale.getLanguage() : FALLBACK_LANGUAGE;
    String country = countryOf(locale);
    JsonObject texts = messages.getJsonObject(language);
    List<String> safetyPlan =
        level.isAtLeast(RiskLevel.HIGH)
            ? texts.getJsonArray("safetyPlan").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of();
    List<CrisisResource> contacts =
        resources.getJsonObject("countries").getJsonArray(country).stream()
            .map(JsonObject.class::cast)
            .map(
                r ->
                    new CrisisResource(
                        r.getString("name"), r.getString("contact"), r.getString("url", null)))
            .toList();
    String message = texts.getString(level.name());
    if (careTeamWillSee && texts.getJsonObject("careTeam").containsKey(level.name())) {
      // Only promised when a case was really opened for a clinician.
      message = message + " " + texts.getJsonObject("careTeam").getString(level.name());
    }
    return Optional.of(
        new SupportMessage(message, contacts, careTeamWillSee, safetyPlan, country, language));
  }

  /**
   * The person's country when Haven has resources for it; a country without its own list gets the
   * international one rather than another country's numbers; a bare language its usual country.
   */
  private String countryOf(Locale locale) {
    String country = locale.getCountry();
    JsonObject countries = resources.getJsonObject("countries");
    if (!country.isEmpty()) {
      return countries.containsKey(country) ? country : INTERNATIONAL;
    }
    return switch (locale.getLanguage()) {
      case "de" -> "DE";
      case "fr" -> "FR";
      case "es" -> "ES";
      case "en" -> resources.getString("defaultCountry");
      default -> INTERNATIONAL;
    };
  }

  private static JsonObject read(Optional<String> file, String bundled) {
    try (InputStream in =
            file.isPresent()
                ? Files.newInputStream(Path.of(file.get()))
                : SupportTexts.class.getClassLoader().getResourceAsStream(bundled);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.orElse(bundled), e);
    }
  }
}
