package org.haven.support.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.List;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.support.CrisisResource;
import org.haven.platform.json.ClassPathJson;
import org.haven.support.intervention.InterventionPlan;
import org.haven.support.knowledge.Passage;

/** The instructions of {@code support/llm-prompt.json}, filled in for one entry. */
@ApplicationScoped
public class SupportPrompt {

  private JsonObject prompt;

  @PostConstruct
  void load() {
    prompt = ClassPathJson.read("support/llm-prompt.json");
  }

  public SystemMessage system() {
    return SystemMessage.from(prompt.getString("system"));
  }

  public UserMessage user(
      InterventionPlan plan,
      RiskLevel level,
      List<Passage> passages,
      List<CrisisResource> resources,
      String entry) {
    StringBuilder numbered = new StringBuilder();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      numbered.append('[').append(i + 1).append("] ").append(p.title()).append(": ");
      numbered.append(p.text()).append('\n');
    }
    String contacts =
        String.join("; ", resources.stream().map(r -> r.name() + ": " + r.contact()).toList());
    String needed =
        resources.isEmpty()
            ? prompt.getString("noResources")
            : prompt.getString("resources").replace("{contacts}", contacts);
    return UserMessage.from(
        prompt
            .getString("user")
            .replace("{intervention}", plan.type().name())
            .replace("{approach}", plan.approach())
            .replace("{level}", level.name())
            .replace("{resources}", needed)
            .replace("{passages}", numbered.toString())
            .replace("{entry}", entry));
  }
}
