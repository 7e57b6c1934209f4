package org.haven.admin;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * The console's Vaadin servlet, declared so that views are created by CDI (constructor injection)
 * rather than by Vaadin's default reflection instantiator. Idle sessions close: heartbeats and
 * pushes do not keep a forgotten console signed in. A heartbeat a minute (Vaadin's default is five)
 * notices the timeout soon after it passes and sends the browser to the sign-in page.
 */
@WebServlet(
    urlPatterns = "/*",
    asyncSupported = true,
    initParams = {
      @WebInitParam(name = "closeIdleSessions", value = "true"),
      @WebInitParam(name = "heartbeatInterval", value = "60")
    })
public class ConsoleServlet extends CdiVaadinServlet {}
