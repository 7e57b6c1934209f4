package org.haven.platform.cache;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.haven.platform.crypto.Keyring;
import org.haven.platform.crypto.NotSealedException;
import org.infinispan.Cache;
import org.infinispan.context.Flag;

/**
 * A typed view of one named cache whose values are JSON sealed with the keyring. The subject of
 * each envelope is {@code cache/<cache>/<key>}, so a value copied under another key does not open;
 * a value that does not open (altered, or under a key this server lacks) is a miss and is removed.
 *
 * <p><b>Keys are stored and replicated in clear</b>, in the cache and in the envelope's header.
 * Callers must never use journal text or anything else private as a key: hash it with a keyed hash
 * (HMAC) first.
 *
 * <p>{@link #computeIfAbsent} runs at most one computation per key at a time on this server; the
 * other callers that missed wait for its result.
 */
public final class SealedCache<V> {

  private static final Logger LOG = Logger.getLogger(SealedCache.class.getName());

  private final Cache<String, byte[]> cache;
  private final Keyring keyring;
  private final Jsonb jsonb;
  private final Class<V> type;
  private final ConcurrentMap<String, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

  public SealedCache(Cache<String, byte[]> cache, Keyring keyring, Jsonb jsonb, Class<V> type) {
    this.cache = Objects.requireNonNull(cache);
    this.keyring = Objects.requireNonNull(keyring);
    this.jsonb = Objects.requireNonNull(jsonb);
    this.type = Objects.requireNonNull(type);
  }

  public Optional<V> get(String key) {
    return open(key, cache.get(key));
  }

  public void put(String key, V value) {
    byte[] json = jsonb.toJson(Objects.requireNonNull(value)).getBytes(StandardCharsets.UTF_8);
    cache.put(key, keyring.seal(json, subject(key)));
  }

  /**
   * The cached value, or the one {@code compute} gives, stored before it is returned. When many
   * threads miss the same key at once, one computes and the rest wait for its value; a failure
   * reaches every waiter and nothing is cached.
   */
  public V computeIfAbsent(String key, Supplier<V> compute) {
    Optional<V> cached = get(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      // Another thread may have stored the value between our miss and taking the slot.
      V value =
          open(key, cache.getAdvancedCache().withFlags(Flag.SKIP_STATISTICS).get(key))
              .orElseGet(() -> computeAndStore(key, compute));
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  public void invalidate(String key) {
    cache.remove(key);
  }

  /**
   * Removes every value whose key starts with the prefix. The keys are read on this member only
   * (replicated caches hold them all), and each removal reaches every member.
   */
  public void invalidatePrefix(String prefix) {
    List<String> keys = new ArrayList<>();
    for (String key : cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL).keySet()) {
      if (key.startsWith(prefix)) {
        keys.add(key);
      }
    }
    keys.forEach(cache::remove);
  }

  public String name() {
    return cache.getName();
  }

  Class<V> type() {
    return type;
  }

  private V computeAndStore(String key, Supplier<V> compute) {
    V value = Objects.requireNonNull(compute.get(), "A cached computation returned null");
    try {
      put(key, value);
    } catch (RuntimeException e) {
      // The caller asked for the value, not for it to be cached: a cache that cannot store (a
      // cluster member timing out, a key out of budget) costs a recomputation later, nothing now.
      LOG.log(
          Level.WARNING,
          "Could not store in cache {0}: {1}",
          new Object[] {name(), e.getClass().getName()});
    }
    return value;
  }

  private Optional<V> open(String key, byte[] sealed) {
    if (sealed == null) {
      return Optional.empty();
    }
    byte[] json;
    try {
      json = keyring.open(sealed, subject(key));
    } catch (NotSealedException e) {
      // Never the key or the value: the key may be derived from private data.
      LOG.log(Level.WARNING, "Dropped an entry of cache {0} that did not open", name());
      cache.remove(key);
      return Optional.empty();
    }
    try {
      return Optional.of(jsonb.fromJson(new ByteArrayInputStream(json), type));
    } catch (JsonbException e) {
      // Authentic but unreadable: written by a version with another shape of the value.
      LOG.log(
          Level.WARNING,
          "Dropped an entry of cache {0} that is not a {1}",
          new Object[] {name(), type.getName()});
      cache.remove(key);
      return Optional.empty();
    }
  }

  private String subject(String key) {
    return "cache/" + name() + "/" + key;
  }

  private static <V> V await(CompletableFuture<V> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
