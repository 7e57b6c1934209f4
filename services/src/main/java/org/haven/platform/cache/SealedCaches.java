package org.haven.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.haven.platform.crypto.Keyring;

/**
 * Hands out the one {@link SealedCache} of each named cache and value type, so that every caller
 * shares its stampede protection. A cache may hold several types (analytics holds each part of the
 * insights); their keys must differ by what they stand for, as keyed fingerprints of it do.
 */
@ApplicationScoped
public class SealedCaches {

  @Inject CacheContainer container;

  @Inject Keyring keyring;

  private final ConcurrentMap<View, SealedCache<?>> views = new ConcurrentHashMap<>();
  private Jsonb jsonb;

  @PostConstruct
  void open() {
    jsonb = JsonbBuilder.create();
  }

  @PreDestroy
  void close() throws Exception {
    jsonb.close();
  }

  public <V> SealedCache<V> of(CacheName name, Class<V> type) {
    if (name == CacheName.RATE_LIMITS) {
      throw new IllegalArgumentException("The rate-limits cache belongs to Bucket4j");
    }
    SealedCache<?> view =
        views.computeIfAbsent(
            new View(name, type),
            v -> new SealedCache<>(container.cache(name), keyring, jsonb, type));
    @SuppressWarnings("unchecked")
    SealedCache<V> typed = (SealedCache<V>) view;
    return typed;
  }

  private record View(CacheName name, Class<?> type) {}
}
