package org.haven.platform.cache;

/** The caches Haven defines; nothing else may ask the cache manager for a cache by name. */
public enum CacheName {
  ANALYSIS("analysis"),
  ANALYTICS("analytics"),
  CONVERSATIONS("conversations"),
  KNOWLEDGE("knowledge"),
  RATE_LIMITS("rate-limits");

  private final String cacheName;

  CacheName(String cacheName) {
    this.cacheName = cacheName;
  }

  /** The name Infinispan knows the cache by, also used in configuration keys and metric tags. */
  public String cacheName() {
    return cacheName;
  }
}
