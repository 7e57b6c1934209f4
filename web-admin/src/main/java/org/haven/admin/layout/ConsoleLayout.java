package org.haven.admin.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.haven.admin.security.SignOut;

/** Header with the product name, who is signed in and a sign-out button. */
@PermitAll
public class ConsoleLayout extends AppLayout {

  public ConsoleLayout() {
    H1 title = new H1("Haven");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    String who = VaadinServletRequest.getCurrent().getUserPrincipal().getName();
    Span signedInAs = new Span("Signed in as " + who);
    signedInAs.setId("signed-in-as");
    Button signOut = new Button("Sign out", click -> SignOut.now());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout header = new HorizontalLayout(title, signedInAs, signOut);
    header.setWidthFull();
    header.setPadding(true);
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(signedInAs);
    addToNavbar(header);
  }
}
