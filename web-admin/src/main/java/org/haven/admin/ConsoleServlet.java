package org.haven.admin;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.flow.function.DeploymentConfiguration;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's Vaadin servlet, declared so that views are created by CDI (constructor injection)
 * rather than by Vaadin's default reflection instantiator. Idle sessions close: heartbeats and
 * pushes do not keep a forgotten console signed in. The heartbeat ({@code
 * haven.console.heartbeat-interval}, a minute; Vaadin's default is five) is when the browser learns
 * that its session closed and goes to the sign-in page.
 */
@WebServlet(
    urlPatterns = "/*",
    asyncSupported = true,
    initParams = @WebInitParam(name = "closeIdleSessions", value = "true"))
public class ConsoleServlet extends CdiVaadinServlet {

  @Override
  protected DeploymentConfiguration createDeploymentConfiguration(Properties initParameters) {
    Duration heartbeat =
        ConfigProvider.getConfig()
            .getOptionalValue("haven.console.heartbeat-interval", Duration.class)
            .orElse(Duration.ofMinutes(1));
    initParameters.setProperty("heartbeatInterval", Long.toString(heartbeat.toSeconds()));
    return super.createDeploymentConfiguration(initParameters);
  }
}
