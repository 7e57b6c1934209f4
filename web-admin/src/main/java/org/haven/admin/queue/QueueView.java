package org.haven.admin.queue;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.admin.layout.ConsoleLayout;
import org.haven.admin.live.LiveUpdates;
import org.haven.admin.security.ConsoleRoles;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.review.QueueRow;
import org.haven.crisis.review.Staff;
import org.haven.platform.time.WallClock;

/**
 * The crisis-review queue: open cases, most urgent first, each with its response clock. Changes
 * arrive by push; a new case raises an alert that names its level and nothing else.
 */
@Route(value = "queue", layout = ConsoleLayout.class)
@RouteAlias(value = "", layout = ConsoleLayout.class)
@PageTitle("Review queue · Haven")
@RolesAllowed({ConsoleRoles.CLINICIAN, ConsoleRoles.SUPERVISOR})
public class QueueView extends VerticalLayout {

  private final QueueBoard board;
  private final LiveUpdates live;
  private final WallClock clock;
  private final QueueFilterBar filters;
  private final Grid<QueueRow> grid = new Grid<>(QueueRow.class, false);
  private final Span summary = new Span();
  private final boolean supervises;
  private Map<UUID, CaseStatus> known = Map.of();
  private Map<UUID, Countdown.State> clocks = Map.of();
  private Registration beat;

  @Inject
  public QueueView(QueueBoard board, LiveUpdates live, WallClock clock, Staff me) {
    this.board = board;
    this.live = live;
    this.clock = clock;
    this.supervises = me.supervises();
    this.filters = new QueueFilterBar(me.username(), board.caseWorkers(), this::reload);
    setSizeFull();
    summary.setId("queue-summary");
    grid.setId("queue-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    QueueColumns.addTo(grid, clock);
    grid.setPartNameGenerator(row -> row.isOverdue(clock.now()) ? "overdue" : null);
    grid.addItemClickListener(
        click ->
            click
                .getSource()
                .getUI()
                .ifPresent(ui -> ui.navigate("cases/" + click.getItem().id())));
    add(new H2("Review queue"), summary, filters, grid);
    reload();
  }

  /** The rows the grid shows now, in its order. */
  List<QueueRow> shown() {
    return grid.getGenericDataView().getItems().toList();
  }

  private List<QueueRow> reload() {
    List<QueueRow> rows = board.rows(filters.filter());
    grid.setItems(rows);
    known = rows.stream().collect(Collectors.toMap(QueueRow::id, QueueRow::status));
    clocks = clockStates(rows);
    summarise(rows);
    return rows;
  }

  private void summarise(List<QueueRow> rows) {
    long overdue = rows.stream().filter(r -> r.isOverdue(clock.now())).count();
    summary.setText(
        rows.size() + (rows.size() == 1 ? " case" : " cases") + " shown, " + overdue + " overdue");
  }

  private Map<UUID, Countdown.State> clockStates(List<QueueRow> rows) {
    var now = clock.now();
    return rows.stream().collect(Collectors.toMap(QueueRow::id, r -> Countdown.of(r, now).state()));
  }

  /**
   * Redraws only the rows whose clock changed state (due soon, overdue): the seconds themselves
   * tick in the browser, so a quiet queue sends nothing and an idle console can time out.
   */
  private void redrawChangedClocks() {
    List<QueueRow> rows = shown();
    Map<UUID, Countdown.State> now = clockStates(rows);
    List<QueueRow> turned =
        rows.stream().filter(r -> now.get(r.id()) != clocks.get(r.id())).toList();
    clocks = now;
    if (!turned.isEmpty()) {
      turned.forEach(grid.getDataProvider()::refreshItem);
      summarise(rows);
    }
  }

  /**
   * One beat: reload when a case changed, alerting on new cases (and, for supervisors, on cases
   * just escalated); otherwise redraw the clocks that changed state.
   */
  void beat(boolean changed) {
    if (!changed) {
      redrawChangedClocks();
      return;
    }
    Map<UUID, CaseStatus> before = known;
    List<QueueRow> rows = reload();
    List<QueueRow> arrived = rows.stream().filter(r -> !before.containsKey(r.id())).toList();
    List<QueueRow> escalated =
        rows.stream()
            .filter(r -> r.status() == CaseStatus.ESCALATED)
            .filter(r -> before.containsKey(r.id()) && before.get(r.id()) != CaseStatus.ESCALATED)
            .toList();
    if (!arrived.isEmpty()) {
      alert(
          "new-case-alert",
          arrived.size() == 1 ? "New case in the queue" : arrived.size() + " new cases",
          arrived);
    }
    if (supervises && !escalated.isEmpty()) {
      alert(
          "escalation-alert",
          escalated.size() == 1 ? "Case escalated" : escalated.size() + " cases escalated",
          escalated);
    }
  }

  /** An alert that names how many cases and their levels, nothing else. */
  private static void alert(String id, String what, List<QueueRow> cases) {
    String levels =
        cases.stream().map(r -> r.level().name()).distinct().collect(Collectors.joining(", "));
    Notification note =
        Notification.show(what + ": " + levels, 8000, Notification.Position.TOP_END);
    note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    note.setId(id);
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    beat = live.subscribe(changed -> ui.access(() -> beat(changed)));
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (beat != null) {
      beat.remove();
    }
  }
}
