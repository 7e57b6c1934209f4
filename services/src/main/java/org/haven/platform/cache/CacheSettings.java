package org.haven.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cache's configuration keys and their defaults; {@link #config()} is the value to start from.
 */
@ApplicationScoped
public class CacheSettings {

  /** {@code local} (one server) or {@code replicated} (every member holds every entry). */
  @Inject
  @ConfigProperty(name = "haven.cache.mode", defaultValue = "local")
  String mode;

  @Inject
  @ConfigProperty(name = "haven.cache.cluster.name", defaultValue = "haven")
  String clusterName;

  @Inject
  @ConfigProperty(name = "haven.cache.cluster.bind-address", defaultValue = "127.0.0.1")
  String bindAddress;

  /** JGroups TCP listens here; failure detection on the port after it. */
  @Inject
  @ConfigProperty(name = "haven.cache.cluster.port", defaultValue = "7800")
  int port;

  /** {@code host[port],host[port]}: the members a starting server asks for the cluster. */
  @Inject
  @ConfigProperty(name = "haven.cache.cluster.members")
  Optional<List<String>> members;

  @Inject
  @ConfigProperty(name = "haven.cache.analysis.max-entries", defaultValue = "10000")
  long analysisMaxEntries;

  @Inject
  @ConfigProperty(name = "haven.cache.analysis.ttl", defaultValue = "PT10M")
  Duration analysisTtl;

  @Inject
  @ConfigProperty(name = "haven.cache.analytics.max-entries", defaultValue = "1000")
  long analyticsMaxEntries;

  @Inject
  @ConfigProperty(name = "haven.cache.analytics.ttl", defaultValue = "PT5M")
  Duration analyticsTtl;

  @Inject
  @ConfigProperty(name = "haven.cache.conversations.max-entries", defaultValue = "10000")
  long conversationsMaxEntries;

  @Inject
  @ConfigProperty(name = "haven.cache.conversations.ttl", defaultValue = "PT24H")
  Duration conversationsTtl;

  @Inject
  @ConfigProperty(name = "haven.cache.knowledge.max-entries", defaultValue = "10000")
  long knowledgeMaxEntries;

  @Inject
  @ConfigProperty(name = "haven.cache.knowledge.ttl", defaultValue = "PT1H")
  Duration knowledgeTtl;

  @Inject
  @ConfigProperty(name = "haven.cache.rate-limits.max-entries", defaultValue = "100000")
  long rateLimitsMaxEntries;

  @Inject
  @ConfigProperty(name = "haven.cache.rate-limits.ttl", defaultValue = "PT1H")
  Duration rateLimitsTtl;

  CacheConfig config() {
    CacheConfig.Mode parsed = CacheConfig.Mode.parse(mode);
    Optional<ClusterConfig> cluster =
        parsed == CacheConfig.Mode.REPLICATED
            ? Optional.of(
                new ClusterConfig(
                    clusterName,
                    bindAddress,
                    port,
                    members.orElse(List.of()).stream().map(String::strip).toList()))
            : Optional.empty();
    return new CacheConfig(
        parsed,
        cluster,
        Map.of(
            CacheName.ANALYSIS, new CacheLimits(analysisMaxEntries, analysisTtl),
            CacheName.ANALYTICS, new CacheLimits(analyticsMaxEntries, analyticsTtl),
            CacheName.CONVERSATIONS, new CacheLimits(conversationsMaxEntries, conversationsTtl),
            CacheName.KNOWLEDGE, new CacheLimits(knowledgeMaxEntries, knowledgeTtl),
            CacheName.RATE_LIMITS, new CacheLimits(rateLimitsMaxEntries, rateLimitsTtl)));
  }
}
