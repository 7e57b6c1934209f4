package org.haven.admin;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebServlet;

/**
 * The console's Vaadin servlet, declared so that views are created by CDI (constructor injection)
 * rather than by Vaadin's default reflection instantiator.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true)
public class ConsoleServlet extends CdiVaadinServlet {}
