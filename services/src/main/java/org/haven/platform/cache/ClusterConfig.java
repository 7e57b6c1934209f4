package org.haven.platform.cache;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where this server listens for its cluster peers and whom it asks first.
 *
 * @param members TCPPING initial hosts, each {@code host[port]}; this server may be among them
 */
public record ClusterConfig(String name, String bindAddress, int port, List<String> members) {

  private static final Pattern MEMBER = Pattern.compile("[^\\s,\\[\\]]+\\[\\d{1,5}]");
  private static final int MAX_PORT = 65_534;

  public ClusterConfig {
    if (name.isBlank() || bindAddress.isBlank()) {
      throw new IllegalArgumentException("A cluster needs a name and a bind address");
    }
    // Failure detection listens on the next port up, so the last port is not usable.
    if (port < 1 || port > MAX_PORT) {
      throw new IllegalArgumentException("The cluster port must be between 1 and " + MAX_PORT);
    }
    members = List.copyOf(members);
    for (String member : members) {
      if (!MEMBER.matcher(member).matches()) {
        throw new IllegalArgumentException("A cluster member is host[port], not " + member);
      }
    }
  }

  /** The members as TCPPING's {@code initial_hosts}; this server alone when none are listed. */
  String initialHosts() {
    return members.isEmpty() ? bindAddress + "[" + port + "]" : String.join(",", members);
  }
}
