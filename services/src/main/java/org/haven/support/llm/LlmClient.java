package org.haven.support.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The Ollama client, built once from configuration. It never logs requests or responses. */
@ApplicationScoped
public class LlmClient {

  @Inject LlmSettings settings;

  private volatile StreamingChatModel model;

  StreamingChatModel model() {
    StreamingChatModel built = model;
    if (built == null) {
      synchronized (this) {
        if (model == null) {
          model =
              OllamaStreamingChatModel.builder()
                  .baseUrl(settings.baseUrl())
                  .modelName(settings.model())
                  .temperature(settings.temperature())
                  .numPredict(settings.maxTokens())
                  .timeout(settings.httpTimeout())
                  .logRequests(false)
                  .logResponses(false)
                  .build();
        }
        built = model;
      }
    }
    return built;
  }
}
