package org.haven.admin.layout;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.OffsetDateTime;
import org.haven.admin.queue.Countdown;
import org.haven.crisis.RiskLevel;

/** Small coloured labels for levels and response clocks, in Lumo's colours. */
public final class Badges {

  private Badges() {}

  public static Span level(RiskLevel level) {
    String colour =
        switch (level) {
          case CRITICAL -> "var(--lumo-error-color)";
          case HIGH -> "var(--lumo-warning-color, #e8a317)";
          case MODERATE -> "var(--lumo-primary-color)";
          default -> "var(--lumo-contrast-50pct)";
        };
    return badge(level.name(), colour, "level");
  }

  /**
   * The clock's badge. While it runs, the text is a {@code haven-countdown} element that the
   * browser ticks every second from the due time (corrected for the server's clock), so a second
   * passing costs no request; the server redraws the badge only when its state changes.
   */
  public static Span countdown(Countdown countdown, OffsetDateTime now) {
    String colour =
        switch (countdown.state()) {
          case OVERDUE -> "var(--lumo-error-color)";
          case DUE_SOON -> "var(--lumo-warning-color, #e8a317)";
          case ON_TIME -> "var(--lumo-success-color)";
          default -> "var(--lumo-contrast-50pct)";
        };
    Span badge = badge(countdown.text(), colour, countdown.state().name().toLowerCase());
    badge.getElement().setAttribute("data-state", countdown.state().name());
    if (countdown.runningTo() != null) {
      Element ticking = new Element("haven-countdown");
      ticking.setAttribute("due", Long.toString(countdown.runningTo().toInstant().toEpochMilli()));
      ticking.setAttribute("server-now", Long.toString(now.toInstant().toEpochMilli()));
      ticking.setText(countdown.text());
      badge.setText("");
      badge.getElement().appendChild(ticking);
    }
    return badge;
  }

  private static Span badge(String text, String colour, String kind) {
    Span badge = new Span(text);
    badge.addClassName("badge-" + kind);
    badge
        .getStyle()
        .set("color", "white")
        .set("background", colour)
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "0 var(--lumo-space-s)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "600")
        .set("white-space", "nowrap");
    return badge;
  }
}
