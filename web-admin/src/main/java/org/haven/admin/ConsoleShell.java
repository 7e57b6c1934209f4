package org.haven.admin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings of the console. Push runs server-to-browser over a WebSocket while the
 * browser's own requests stay plain HTTP, so the HTTP session (and its idle timeout) sees them.
 */
@Theme(themeClass = Lumo.class)
@PWA(name = "Haven clinician console", shortName = "Haven")
@Push(transport = Transport.WEBSOCKET_XHR)
public class ConsoleShell implements AppShellConfigurator {}
