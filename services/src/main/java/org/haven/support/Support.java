package org.haven.support;

import java.util.List;
import org.haven.support.intervention.InterventionType;

/**
 * The support a person gets for an entry. {@code fallbackReason} says why the template stands where
 * LLM text was wanted ({@code llm-timeout}, {@code method-content}, ...), and is null otherwise;
 * {@code model} names the LLM that wrote an LLM text.
 */
public record Support(
    SupportStatus status,
    SupportSource source,
    InterventionType intervention,
    String approach,
    List<String> techniques,
    String text,
    List<SupportCitation> citations,
    String fallbackReason,
    String model) {

  public Support {
    techniques = List.copyOf(techniques);
    citations = List.copyOf(citations);
  }

  public Support finalTemplate(String reason) {
    return new Support(
        SupportStatus.READY,
        SupportSource.TEMPLATE,
        intervention,
        approach,
        techniques,
        text,
        citations,
        reason,
        null);
  }
}
