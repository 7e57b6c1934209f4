package org.haven.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the database is, as configured. The same values feed the server's data source through
 * server.xml variables, so what Haven starts and what the pool connects to cannot diverge.
 */
@ApplicationScoped
public class DatabaseSettings {

  @Inject
  @ConfigProperty(name = "haven.db.embedded")
  boolean embedded;

  @Inject
  @ConfigProperty(name = "haven.db.host")
  String host;

  @Inject
  @ConfigProperty(name = "haven.db.port")
  int port;

  @Inject
  @ConfigProperty(name = "haven.db.name")
  String name;

  @Inject
  @ConfigProperty(name = "haven.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "haven.data.dir")
  String dataDir;

  /**
   * The embedded database starts only when asked for and no external host was named: setting
   * HAVEN_DB_HOST is enough to switch to an external PostgreSQL.
   */
  public boolean wantsEmbedded() {
    return embedded && System.getenv("HAVEN_DB_HOST") == null && isLoopback(host);
  }

  private static boolean isLoopback(String host) {
    return "localhost".equals(host) || "127.0.0.1".equals(host);
  }

  public int port() {
    return port;
  }

  public String name() {
    return name;
  }

  public String user() {
    return user;
  }

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath();
  }
}
