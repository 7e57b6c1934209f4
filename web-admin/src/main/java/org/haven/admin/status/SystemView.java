package org.haven.admin.status;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import org.haven.admin.layout.ConsoleLayout;
import org.haven.admin.security.ConsoleRoles;
import org.haven.crisis.review.Staff;
import org.haven.status.control.StatusReport;
import org.haven.status.control.SystemStatus;

/**
 * The system: database, schema, version and counts; the hardware and where models run; each
 * outbound dependency; background work; the audit chain; and the queue's charts.
 */
@Route(value = "system", layout = ConsoleLayout.class)
@PageTitle("System · Haven")
@RolesAllowed({ConsoleRoles.SUPERVISOR, ConsoleRoles.ADMIN})
public class SystemView extends VerticalLayout {

  private final FlexLayout tiles = new FlexLayout();

  @Inject
  public SystemView(
      Staff me,
      SystemStatus status,
      MachineSection machine,
      HealthSection health,
      QueueCharts charts) {
    tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    tiles.getStyle().set("gap", "var(--lumo-space-m)");
    Button refresh = new Button("Refresh", click -> show(status.report()));
    refresh.setId("refresh-status");
    add(new H2("System status"), tiles, refresh);
    add(machine.render());
    add(health.render(me));
    add(charts.render());
    show(status.report());
  }

  private void show(StatusReport report) {
    tiles.removeAll();
    tiles.add(
        tile(
            "database",
            "Database",
            report.databaseUp() ? "UP" : "DOWN",
            report.databaseUp()
                ? "answered in " + report.databaseLatency().toMillis() + " ms"
                : "not reachable"),
        tile(
            "schema",
            "Schema version",
            report.schemaVersion(),
            report.migrationsApplied()
                + " migrations applied, "
                + report.migrationsPending()
                + " pending"),
        tile("version", "Haven version", report.version(), ""),
        tile("uptime", "Uptime", readable(report.uptime()), ""),
        tile("accounts", "Accounts", count(report.accounts()), "people with a journal"),
        tile("entries", "Journal entries", count(report.entries()), "stored"));
  }

  private static Div tile(String id, String label, String value, String detail) {
    Span name = new Span(label);
    name.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Span shown = new Span(value);
    shown.setId("status-" + id);
    shown.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
    Span note = new Span(detail);
    note.getStyle().set("font-size", "var(--lumo-font-size-s)");
    Div tile = new Div(name, new Div(shown), note);
    tile.getStyle()
        .set("padding", "var(--lumo-space-m)")
        .set("min-width", "12em")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("background", "var(--lumo-contrast-5pct)");
    return tile;
  }

  private static String count(long n) {
    return n < 0 ? "unknown" : String.format("%,d", n);
  }

  private static String readable(Duration d) {
    return d.toDays() > 0
        ? d.toDays() + " d " + d.toHoursPart() + " h"
        : d.toHoursPart() + " h " + d.toMinutesPart() + " min " + d.toSecondsPart() + " s";
  }
}
