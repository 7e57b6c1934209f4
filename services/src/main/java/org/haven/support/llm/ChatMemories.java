package org.haven.support.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.haven.platform.cache.CacheName;
import org.haven.platform.cache.SealedCache;
import org.haven.platform.cache.SealedCaches;

/**
 * A chat memory per person and conversation, never shared: the memory's id names both, and its
 * messages are kept sealed in the conversations cache (a window of recent messages, expiring).
 */
@ApplicationScoped
public class ChatMemories {

  @Inject SealedCaches caches;

  @Inject LlmSettings settings;

  private SealedStore store;

  @PostConstruct
  void open() {
    store = new SealedStore(caches.of(CacheName.CONVERSATIONS, String.class));
  }

  public ChatMemory of(UUID person, UUID conversation) {
    return MessageWindowChatMemory.builder()
        .id(person + ":" + conversation)
        .maxMessages(settings.memoryMessages())
        .chatMemoryStore(store)
        .build();
  }

  /** Forgets every conversation of a person (their account is being deleted). */
  public void forget(UUID person) {
    store.cache().invalidatePrefix(person + ":");
  }

  private record SealedStore(SealedCache<String> cache) implements ChatMemoryStore {

    @Override
    public List<ChatMessage> getMessages(Object id) {
      return cache
          .get(id.toString())
          .map(ChatMessageDeserializer::messagesFromJson)
          .orElseGet(List::of);
    }

    @Override
    public void updateMessages(Object id, List<ChatMessage> messages) {
      cache.put(id.toString(), ChatMessageSerializer.messagesToJson(messages));
    }

    @Override
    public void deleteMessages(Object id) {
      cache.invalidate(id.toString());
    }
  }
}
