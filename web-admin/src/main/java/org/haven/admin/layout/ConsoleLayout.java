package org.haven.admin.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.haven.admin.security.ConsoleRoles;
import org.haven.admin.security.SignOut;

/**
 * Header with the product name, who is signed in and a sign-out button; a menu with the views the
 * signed-in roles open (the views check the roles again themselves).
 */
@PermitAll
public class ConsoleLayout extends AppLayout {

  /** Overdue rows of the queue grid stand out; injected once, no theme build needed. */
  private static final String STYLE =
      "vaadin-grid::part(overdue){background:var(--lumo-error-color-10pct);" + "font-weight:600}";

  public ConsoleLayout() {
    var request = VaadinServletRequest.getCurrent();
    H1 title = new H1("Haven");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    Span signedInAs = new Span("Signed in as " + request.getUserPrincipal().getName());
    signedInAs.setId("signed-in-as");
    Button signOut = new Button("Sign out", click -> SignOut.now());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, signedInAs, signOut);
    header.setWidthFull();
    header.setPadding(true);
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(signedInAs);
    addToNavbar(header);
    SideNav menu = new SideNav();
    menu.setId("console-menu");
    boolean worksCases =
        request.isUserInRole(ConsoleRoles.CLINICIAN)
            || request.isUserInRole(ConsoleRoles.SUPERVISOR);
    boolean oversees =
        request.isUserInRole(ConsoleRoles.SUPERVISOR) || request.isUserInRole(ConsoleRoles.ADMIN);
    if (worksCases) {
      menu.addItem(new SideNavItem("Review queue", "queue"));
    }
    if (oversees) {
      menu.addItem(new SideNavItem("Models", "models"));
      menu.addItem(new SideNavItem("System", "system"));
    }
    addToDrawer(menu);
    getElement()
        .executeJs(
            "if(!document.getElementById('haven-console-style')){const s=document.createElement('style');"
                + "s.id='haven-console-style';s.textContent=$0;document.head.appendChild(s);}",
            STYLE);
    ClientClock.defineIn(getElement());
  }
}
