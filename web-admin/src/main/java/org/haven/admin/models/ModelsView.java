package org.haven.admin.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.haven.admin.layout.ConsoleLayout;
import org.haven.admin.layout.Grids;
import org.haven.admin.security.ConsoleRoles;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.ClinicianRole;
import org.haven.clinician.control.StaffSignIn;
import org.haven.crisis.review.FalseAlarms;
import org.haven.crisis.review.FalseAlarms.FalseAlarm;
import org.haven.crisis.review.Staff;
import org.haven.models.ModelRegistry;
import org.haven.models.ModelView;
import org.haven.models.ServedModel;

/**
 * Registered models, their versions, states and model cards. Administrators activate a version or
 * roll back; supervisors read. The role is checked again when an action runs, not only by the
 * disabled buttons.
 */
@Route(value = "models", layout = ConsoleLayout.class)
@PageTitle("Models · Haven")
@RolesAllowed({ConsoleRoles.ADMIN, ConsoleRoles.SUPERVISOR})
public class ModelsView extends VerticalLayout {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ModelRegistry registry;
  private final AuditLog audit;
  private final StaffSignIn staffNames;
  private final Staff me;
  private final Grid<ModelView> grid = new Grid<>(ModelView.class, false);
  private final Pre card = new Pre();

  @Inject
  public ModelsView(
      ModelRegistry registry,
      FalseAlarms falseAlarms,
      AuditLog audit,
      StaffSignIn staffNames,
      Staff me) {
    this.registry = registry;
    this.audit = audit;
    this.staffNames = staffNames;
    this.me = me;
    grid.setId("models-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(ModelView::name).setHeader("Model");
    grid.addColumn(ModelView::version).setHeader("Version");
    grid.addColumn(ModelView::task).setHeader("Task");
    grid.addColumn(ModelView::state).setHeader("State");
    List<ServedModel> served = registry.served();
    grid.addColumn(m -> servedOn(m, served)).setHeader("Runs on (this server)");
    grid.addColumn(m -> m.activatedAt() == null ? "" : AT.format(m.activatedAt()))
        .setHeader("Activated");
    grid.addColumn(m -> m.sha256().substring(0, 12)).setHeader("SHA-256");
    grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last error");
    grid.asSingleSelect().addValueChangeListener(e -> showCard(e.getValue()));
    card.setId("model-card");
    card.getStyle()
        .set("white-space", "pre-wrap")
        .set("max-height", "20em")
        .set("overflow", "auto");
    boolean admin = me.roles().contains(ClinicianRole.ADMIN);
    Button activate = new Button("Activate selected", click -> activateSelected());
    activate.setId("activate-model");
    activate.setEnabled(admin);
    Button rollback = new Button("Roll back", click -> rollBackSelected());
    rollback.setId("rollback-model");
    rollback.setEnabled(admin);
    add(new H2("Models"), grid, new HorizontalLayout(activate, rollback), card);
    grid.setItems(registry.list());
    add(new H3("False alarms, last 30 days"), falseAlarmGrid(falseAlarms.lastDays(30)));
  }

  /** The provider a version runs on here, if this server serves it now. */
  private static String servedOn(ModelView model, List<ServedModel> served) {
    return served.stream()
        .filter(s -> s.version().equals(model.name() + "@" + model.version()))
        .findFirst()
        .map(s -> s.provider() + (s.loaded() ? ", loaded" : ", not loaded"))
        .orElse("—");
  }

  /** What clinicians closed as false alarms: the screening team's list to learn from. */
  private static Grid<FalseAlarm> falseAlarmGrid(List<FalseAlarm> alarms) {
    Grid<FalseAlarm> alarmGrid = Grids.compact("false-alarms", FalseAlarm.class);
    alarmGrid.addColumn(a -> AT.format(a.closedAt())).setHeader("Closed");
    alarmGrid.addColumn(FalseAlarm::level).setHeader("Level");
    alarmGrid.addColumn(FalseAlarm::concern).setHeader("Concern");
    alarmGrid.addColumn(FalseAlarm::reason).setHeader("Reason");
    alarmGrid.addColumn(FalseAlarm::decidedBy).setHeader("Decided by").setFlexGrow(3);
    alarmGrid.setItems(alarms);
    return alarmGrid;
  }

  private void showCard(ModelView model) {
    card.setText(
        model == null
            ? ""
            : Optional.ofNullable(model.modelCard()).orElse("No model card.")
                + "\n\nMetadata: "
                + Optional.ofNullable(model.metadata()).orElse("{}"));
  }

  private void activateSelected() {
    act(m -> registry.activate(m.name(), m.version(), actor()));
  }

  private void rollBackSelected() {
    act(m -> registry.rollback(m.name(), actor()));
  }

  private void act(Consumer<ModelView> action) {
    ModelView selected = grid.asSingleSelect().getValue();
    if (!me.roles().contains(ClinicianRole.ADMIN)) {
      audit.recordAlone(actor(), AuditAction.CONSOLE_ACCESS_REFUSED, "view/models/activate");
      fail("Only administrators change models");
      return;
    }
    if (selected == null) {
      fail("Select a version first");
      return;
    }
    try {
      action.accept(selected);
      grid.setItems(registry.list());
      Notification.show("Done", 3000, Notification.Position.BOTTOM_START);
    } catch (RuntimeException e) {
      fail(e.getMessage());
    }
  }

  private String actor() {
    return staffNames.auditNameOf(me.username());
  }

  private static void fail(String why) {
    Notification note = Notification.show(why, 6000, Notification.Position.MIDDLE);
    note.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
