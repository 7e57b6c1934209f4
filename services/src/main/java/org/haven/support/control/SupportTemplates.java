package org.haven.support.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.haven.crisis.support.CrisisResource;
import org.haven.platform.json.ClassPathJson;
import org.haven.support.intervention.InterventionType;
import org.haven.support.knowledge.Passage;

/**
 * Vetted template text ({@code support/templates.json}): an opening for the intervention, the best
 * passage found (cited as [1]) or the vetted fallback, the crisis resources when required, and the
 * line that says Haven is software.
 */
@ApplicationScoped
public class SupportTemplates {

  private static final String FALLBACK_LANGUAGE = "en";

  private JsonObject languages;

  @PostConstruct
  void load() {
    languages = ClassPathJson.read("support/templates.json").getJsonObject("languages");
  }

  public String text(
      InterventionType type,
      Optional<Passage> passage,
      List<CrisisResource> resources,
      String language) {
    JsonObject texts =
        languages.getJsonObject(languages.containsKey(language) ? language : FALLBACK_LANGUAGE);
    JsonObject kind = texts.getJsonObject("types").getJsonObject(type.name());
    StringBuilder text = new StringBuilder(kind.getString("opening")).append(' ');
    text.append(passage.map(p -> p.text() + " [1]").orElse(kind.getString("fallback")));
    if (!resources.isEmpty()) {
      text.append(' ').append(texts.getString("resourcesLead")).append(' ');
      text.append(String.join("; ", resources.stream().map(SupportTemplates::line).toList()));
      text.append('.');
    }
    return text.append(' ').append(texts.getString("transparency")).toString();
  }

  private static String line(CrisisResource r) {
    return r.name() + ": " + r.contact();
  }
}
