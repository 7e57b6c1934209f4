package org.haven.support.control;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.support.CrisisResource;
import org.haven.support.Support;
import org.haven.support.SupportCitation;
import org.haven.support.SupportSource;
import org.haven.support.SupportStatus;
import org.haven.support.gate.GateRequest;
import org.haven.support.gate.GateVerdict;
import org.haven.support.gate.SafetyGate;
import org.haven.support.knowledge.Passage;
import org.haven.support.llm.ChatMemories;
import org.haven.support.llm.LlmErrors;
import org.haven.support.llm.LlmHealth;
import org.haven.support.llm.LlmSettings;
import org.haven.support.llm.SupportLlm;
import org.haven.support.llm.SupportPrompt;
import org.haven.support.llm.TokenListener;

/**
 * Asks the LLM to word the planned support and keeps its text only if the safety gate passes it;
 * otherwise the template stands, with the reason recorded. Nothing of the prompt or the answer is
 * logged: only the reason.
 */
@ApplicationScoped
public class SupportWriter {

  private static final Logger LOG = Logger.getLogger(SupportWriter.class.getName());

  @Inject SupportLlm llm;

  @Inject SupportPrompt prompt;

  @Inject ChatMemories memories;

  @Inject SafetyGate gate;

  @Inject LlmSettings settings;

  @Inject LlmHealth health;

  Support write(
      UUID person,
      UUID entry,
      String text,
      SupportPlanner.Planned planned,
      RiskLevel level,
      TokenListener listener) {
    Support template = planned.template();
    ChatMemory memory = memories.of(person, entry);
    List<ChatMessage> messages = new ArrayList<>(memory.messages());
    if (messages.isEmpty()) {
      messages.add(prompt.system());
    }
    UserMessage asked =
        prompt.user(planned.plan(), level, planned.passages(), planned.resources(), text);
    messages.add(asked);
    String answer;
    try {
      answer = llm.write(messages, listener);
      health.answered();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      health.failed("llm-timeout");
      return fallback(template, "llm-timeout");
    } catch (RuntimeException e) {
      health.failed(LlmErrors.reason(e));
      return fallback(template, LlmErrors.reason(e));
    }
    GateVerdict verdict =
        gate.check(
            answer,
            new GateRequest(
                level.isAtLeast(RiskLevel.MODERATE),
                planned.resources().stream().map(CrisisResource::contact).toList(),
                planned.passages().size()));
    if (!verdict.passed()) {
      return fallback(template, verdict.failedCheck().orElseThrow());
    }
    // Only an exchange that passed the gate is remembered: a refused answer must not steer the
    // next.
    if (memory.messages().isEmpty()) {
      memory.add(messages.get(0));
    }
    memory.add(asked);
    memory.add(AiMessage.from(answer));
    return new Support(
        SupportStatus.READY,
        SupportSource.LLM,
        template.intervention(),
        template.approach(),
        template.techniques(),
        answer.strip(),
        cited(verdict.cited(), planned.passages()),
        null,
        settings.model());
  }

  private static Support fallback(Support template, String reason) {
    LOG.info(() -> "Support fell back to the template: " + reason);
    return template.finalTemplate(reason);
  }

  private static List<SupportCitation> cited(List<Integer> numbers, List<Passage> passages) {
    return numbers.stream().map(n -> SupportPlanner.citation(n, passages.get(n - 1))).toList();
  }
}
