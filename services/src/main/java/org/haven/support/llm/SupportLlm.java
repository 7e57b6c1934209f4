package org.haven.support.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * One answer from the LLM, streamed to a listener and returned whole. Fault Tolerance owns the
 * limits (every value can be overridden in configuration); LangChain4j's streaming client does no
 * retries of its own.
 */
@ApplicationScoped
public class SupportLlm {

  @Inject LlmClient client;

  @Timeout(value = 45, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 500, abortOn = MalformedAnswer.class)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 60,
      delayUnit = ChronoUnit.SECONDS,
      successThreshold = 1)
  @Bulkhead(2)
  public String write(List<ChatMessage> messages, TokenListener listener)
      throws InterruptedException {
    listener.restart();
    StreamingChatModel model = client.model();
    CompletableFuture<String> answer = new CompletableFuture<>();
    AtomicBoolean abandoned = new AtomicBoolean();
    model.chat(
        messages,
        new StreamingChatResponseHandler() {
          @Override
          public void onPartialResponse(String partial) {
            if (!abandoned.get()) {
              listener.token(partial);
            }
          }

          @Override
          public void onCompleteResponse(ChatResponse response) {
            answer.complete(response.aiMessage() == null ? null : response.aiMessage().text());
          }

          @Override
          public void onError(Throwable error) {
            answer.completeExceptionally(error);
          }
        });
    try {
      String text = answer.get();
      if (text == null || text.isBlank()) {
        throw new MalformedAnswer(null);
      }
      return text;
    } catch (InterruptedException timedOut) {
      abandoned.set(true);
      throw timedOut;
    } catch (ExecutionException e) {
      throw LlmErrors.classify(e.getCause());
    }
  }
}
