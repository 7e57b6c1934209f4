package org.haven.support.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.haven.support.Support;
import org.haven.support.gate.SafetyGate;
import org.haven.support.llm.TokenListener;

/**
 * Relays the LLM's answer for an entry, sentence by sentence, to the followers on this server. Each
 * sentence passes the gate's content checks first; after one fails, nothing more is relayed and the
 * followers get the template when the job finishes.
 */
@ApplicationScoped
public class SupportStreams {

  private final Map<UUID, List<SupportFollower>> followers = new ConcurrentHashMap<>();

  /** Follows an entry's support; run the answer to stop following. */
  public Runnable follow(UUID entry, SupportFollower follower) {
    followers.computeIfAbsent(entry, e -> new CopyOnWriteArrayList<>()).add(follower);
    return () ->
        followers.computeIfPresent(
            entry,
            (e, list) -> {
              list.remove(follower);
              return list.isEmpty() ? null : list;
            });
  }

  TokenListener relay(UUID entry, SafetyGate gate) {
    return new SentenceRelay(
        gate,
        sentence -> each(entry, f -> f.sentence(sentence)),
        () -> each(entry, SupportFollower::restart));
  }

  void done(UUID entry, Support support) {
    List<SupportFollower> following = followers.remove(entry);
    if (following != null) {
      following.forEach(f -> f.done(support));
    }
  }

  private void each(UUID entry, Consumer<SupportFollower> action) {
    followers.getOrDefault(entry, List.of()).forEach(action);
  }
}
