package org.haven.support.llm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the LLM is and how it is asked. Timeout, retries, circuit breaker and bulkhead are
 * MicroProfile Fault Tolerance's, configured under {@code org.haven.support.llm.SupportLlm/write/}
 * (see docs/operations.md).
 */
@ApplicationScoped
public class LlmSettings {

  @Inject
  @ConfigProperty(name = "haven.llm.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "haven.llm.base-url", defaultValue = "http://localhost:11434")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "haven.llm.model", defaultValue = "llama3.2:3b")
  String model;

  @Inject
  @ConfigProperty(name = "haven.llm.temperature", defaultValue = "0.3")
  double temperature;

  @Inject
  @ConfigProperty(name = "haven.llm.max-tokens", defaultValue = "400")
  int maxTokens;

  /** The HTTP client's own limit; Fault Tolerance's shorter timeout decides first. */
  @Inject
  @ConfigProperty(name = "haven.llm.http-timeout", defaultValue = "PT120S")
  Duration httpTimeout;

  @Inject
  @ConfigProperty(name = "haven.llm.memory.messages", defaultValue = "12")
  int memoryMessages;

  public boolean enabled() {
    return enabled;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String model() {
    return model;
  }

  public double temperature() {
    return temperature;
  }

  public int maxTokens() {
    return maxTokens;
  }

  public Duration httpTimeout() {
    return httpTimeout;
  }

  public int memoryMessages() {
    return memoryMessages;
  }
}
