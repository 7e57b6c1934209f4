package org.haven.admin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings of the console. */
@Theme(themeClass = Lumo.class)
@PWA(name = "Haven clinician console", shortName = "Haven")
public class ConsoleShell implements AppShellConfigurator {}
