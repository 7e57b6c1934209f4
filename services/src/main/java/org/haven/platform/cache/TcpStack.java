package org.haven.platform.cache;

import java.util.List;
import java.util.Map;
import org.infinispan.remoting.transport.jgroups.EmbeddedJGroupsChannelConfigurator;
import org.jgroups.conf.ProtocolConfiguration;

/**
 * The JGroups stack of a replicated cache: TCP between members found by TCPPING from a fixed list,
 * no multicast. Every protocol that opens a socket is bound to the configured address; FD_SOCK2
 * would otherwise listen on every interface.
 */
final class TcpStack {

  static final String NAME = "haven-tcp";

  /** FD_SOCK2 listens this far above the TCP port (JGroups' own default, 50000, overflows). */
  private static final String FAILURE_DETECTION_OFFSET = "1";

  private TcpStack() {}

  static EmbeddedJGroupsChannelConfigurator of(ClusterConfig cluster) {
    String address = cluster.bindAddress();
    List<ProtocolConfiguration> stack =
        List.of(
            protocol(
                "TCP",
                Map.of(
                    "bind_addr", address,
                    "bind_port", Integer.toString(cluster.port()),
                    "port_range", "0",
                    "diag.enabled", "false",
                    "thread_naming_pattern", "pl",
                    "sock_conn_timeout", "300",
                    "tcp_nodelay", "true")),
            protocol("TCPPING", Map.of("initial_hosts", cluster.initialHosts(), "port_range", "0")),
            protocol("MERGE3", Map.of("min_interval", "10000", "max_interval", "30000")),
            protocol(
                "FD_SOCK2",
                Map.of(
                    "bind_addr", address, "offset", FAILURE_DETECTION_OFFSET, "port_range", "5")),
            protocol("FD_ALL3", Map.of()),
            protocol("VERIFY_SUSPECT2", Map.of("timeout", "1000")),
            protocol("pbcast.NAKACK2", Map.of("use_mcast_xmit", "false", "xmit_interval", "200")),
            protocol("UNICAST3", Map.of("xmit_interval", "200")),
            protocol("pbcast.STABLE", Map.of("desired_avg_gossip", "5000", "max_bytes", "1M")),
            protocol("pbcast.GMS", Map.of("print_local_addr", "false", "join_timeout", "2000")),
            protocol("UFC", Map.of("max_credits", "4m", "min_threshold", "0.40")),
            protocol("MFC", Map.of("max_credits", "4m", "min_threshold", "0.40")),
            protocol("FRAG4", Map.of("frag_size", "60000")));
    return new EmbeddedJGroupsChannelConfigurator(NAME, stack, null);
  }

  private static ProtocolConfiguration protocol(String name, Map<String, String> properties) {
    return new ProtocolConfiguration(name, properties);
  }
}
