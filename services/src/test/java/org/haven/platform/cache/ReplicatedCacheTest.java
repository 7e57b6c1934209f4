package org.haven.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.bucket4j.Bucket;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.haven.platform.crypto.KeySet;
import org.haven.platform.crypto.Keyring;
import org.infinispan.Cache;
import org.infinispan.factories.GlobalComponentRegistry;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.remoting.transport.Transport;
import org.infinispan.remoting.transport.jgroups.JGroupsTransport;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.stack.ProtocolStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two cache managers in one JVM, replicating over JGroups TCP on the loopback address. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicatedCacheTest {

  private static final String LOOPBACK = "127.0.0.1";
  private static final String SECRET = "marmalade-lighthouse-quietly";
  private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(15);

  private DefaultCacheManager nodeA;
  private DefaultCacheManager nodeB;
  private Keyring keyring;
  private Jsonb jsonb;

  @BeforeAll
  void start_two_members() throws IOException {
    int portA = freePort();
    int portB = freePort();
    List<String> members = List.of(member(portA), member(portB));
    CacheLimits limits = new CacheLimits(100, Duration.ofMinutes(1));
    nodeA = EmbeddedCaches.start(config(portA, members, limits));
    nodeB = EmbeddedCaches.start(config(portB, members, limits));
    keyring = Keyring.of(KeySet.generate(new SecureRandom(), Clock.systemUTC()));
    jsonb = JsonbBuilder.create();
    await().atMost(VIEW_TIMEOUT).until(() -> nodeA.getMembers().size() == 2);
    await().atMost(VIEW_TIMEOUT).until(() -> nodeB.getMembers().size() == 2);
  }

  @AfterAll
  void stop_both() throws Exception {
    if (jsonb != null) {
      jsonb.close();
    }
    if (nodeB != null) {
      nodeB.stop();
    }
    if (nodeA != null) {
      nodeA.stop();
    }
  }

  @Test
  void a_value_sealed_on_one_member_opens_on_the_other() {
    sealed(nodeA).put("entry-1", new SealedCacheTest.Analysis(SECRET, 7));

    await().atMost(VIEW_TIMEOUT).until(() -> sealed(nodeB).get("entry-1").isPresent());
    assertThat(sealed(nodeB).get("entry-1")).contains(new SealedCacheTest.Analysis(SECRET, 7));
  }

  @Test
  void values_forgotten_by_prefix_on_one_member_are_gone_from_the_other() {
    sealed(nodeA).put("person-1:a", new SealedCacheTest.Analysis(SECRET, 1));
    sealed(nodeA).put("person-2:a", new SealedCacheTest.Analysis(SECRET, 2));
    await().atMost(VIEW_TIMEOUT).until(() -> sealed(nodeA).get("person-2:a").isPresent());
    await().atMost(VIEW_TIMEOUT).until(() -> sealed(nodeB).get("person-1:a").isPresent());

    sealed(nodeB).invalidatePrefix("person-1:");

    await().atMost(VIEW_TIMEOUT).until(() -> sealed(nodeA).get("person-1:a").isEmpty());
    assertThat(sealed(nodeA).get("person-2:a")).isPresent();
  }

  @Test
  void the_replicated_bytes_do_not_contain_the_plain_text() {
    sealed(nodeA).put("entry-2", new SealedCacheTest.Analysis(SECRET, 8));

    await().atMost(VIEW_TIMEOUT).until(() -> raw(nodeB).containsKey("entry-2"));
    assertThat(SealedCacheTest.contains(raw(nodeB).get("entry-2"), SECRET)).isFalse();
  }

  @Test
  void a_rate_limit_spent_on_one_member_holds_on_the_other() {
    Cache<String, byte[]> limitsA = nodeA.getCache(CacheName.RATE_LIMITS.cacheName());
    Cache<String, byte[]> limitsB = nodeB.getCache(CacheName.RATE_LIMITS.cacheName());
    Bucket onA =
        RateLimitsCacheTest.buckets(limitsA)
            .builder()
            .build("account-1", RateLimitsCacheTest::threePerHour);
    Bucket onB =
        RateLimitsCacheTest.buckets(limitsB)
            .builder()
            .build("account-1", RateLimitsCacheTest::threePerHour);

    assertThat(onA.tryConsume(3)).isTrue();

    assertThat(onB.tryConsume(1)).isFalse();
  }

  @Test
  void every_socket_of_the_stack_is_bound_to_the_configured_address() {
    Transport transport = GlobalComponentRegistry.componentOf(nodeA, Transport.class);
    ProtocolStack stack = ((JGroupsTransport) transport).getChannel().getProtocolStack();
    FD_SOCK2 failureDetection = stack.findProtocol(FD_SOCK2.class);

    assertThat(stack.getTransport().getBindAddress().getHostAddress()).isEqualTo(LOOPBACK);
    assertThat(failureDetection.getBindAddress().getHostAddress()).isEqualTo(LOOPBACK);
  }

  private SealedCache<SealedCacheTest.Analysis> sealed(DefaultCacheManager node) {
    return new SealedCache<>(raw(node), keyring, jsonb, SealedCacheTest.Analysis.class);
  }

  private static Cache<String, byte[]> raw(DefaultCacheManager node) {
    return node.getCache(CacheName.ANALYSIS.cacheName());
  }

  private static CacheConfig config(int port, List<String> members, CacheLimits limits) {
    return CacheConfig.replicated(new ClusterConfig("haven-test", LOOPBACK, port, members), limits);
  }

  private static String member(int port) {
    return LOOPBACK + "[" + port + "]";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    }
  }
}
