package org.haven.admin.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.haven.crisis.CaseOutcome;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.FalseAlarmReason;
import org.haven.crisis.review.CaseAccessRefused;
import org.haven.crisis.review.CaseWork;
import org.haven.crisis.review.Staff;
import org.haven.shared.DomainRuleViolation;

/**
 * The workflow buttons of a case. Buttons a status does not allow are disabled, but every action is
 * checked again by the domain and the role rules on the server: the buttons are a convenience.
 */
final class CaseActions extends VerticalLayout {

  private final CaseWork work;
  private final Staff me;
  private final UUID caseId;
  private final Runnable refresh;
  private final TextArea text = new TextArea("Note or reason");
  private final ComboBox<String> assignee = new ComboBox<>("Assign to");
  private final ComboBox<CaseOutcome> outcome = new ComboBox<>("Outcome");
  private final ComboBox<FalseAlarmReason> falseAlarm = new ComboBox<>("False-alarm reason");

  CaseActions(
      CaseWork work, Staff me, CrisisCase crisis, List<String> caseWorkers, Runnable refresh) {
    this.work = work;
    this.me = me;
    this.caseId = crisis.id();
    this.refresh = refresh;
    setPadding(false);
    text.setId("case-text-input");
    text.setWidthFull();
    text.setMaxLength(4000);
    assignee.setItems(caseWorkers);
    assignee.setId("assign-to");
    outcome.setItems(CaseOutcome.values());
    outcome.setId("outcome");
    falseAlarm.setItems(FalseAlarmReason.values());
    falseAlarm.setId("false-alarm-reason");
    boolean open = crisis.status().isOpen();
    boolean unacknowledged =
        crisis.acknowledgedAt() == null
            && (crisis.status() == CaseStatus.NEW || crisis.status() == CaseStatus.ESCALATED);
    HorizontalLayout buttons =
        new HorizontalLayout(
            button("acknowledge", "Acknowledge", unacknowledged, id -> work.acknowledge(id, me)),
            button("add-note", "Add note", true, id -> work.addNote(id, text.getValue(), me)),
            button(
                "escalate",
                "Escalate",
                open && crisis.status() != CaseStatus.ESCALATED,
                id -> work.escalate(id, text.getValue(), me)),
            button(
                "reopen",
                "Reopen",
                !open && me.supervises(),
                id -> work.reopen(id, text.getValue(), me)));
    buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
    HorizontalLayout closing =
        new HorizontalLayout(
            assignee,
            button("assign", "Assign", open, id -> work.assign(id, assignee.getValue(), me)),
            outcome,
            button(
                "resolve",
                "Resolve",
                open,
                id -> work.resolve(id, outcome.getValue(), text.getValue(), me)),
            falseAlarm,
            button(
                "false-alarm",
                "Mark false alarm",
                open,
                id -> work.markFalseAlarm(id, falseAlarm.getValue(), text.getValue(), me)));
    closing.setAlignItems(FlexComponent.Alignment.BASELINE);
    closing.getStyle().set("flex-wrap", "wrap");
    add(text, buttons, closing);
  }

  private Button button(String id, String caption, boolean enabled, Consumer<UUID> action) {
    Button button = new Button(caption, click -> run(caption, action));
    button.setId(id);
    button.setEnabled(enabled);
    if ("acknowledge".equals(id)) {
      button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    return button;
  }

  private void run(String caption, Consumer<UUID> action) {
    try {
      action.accept(caseId);
      text.clear();
      Notification.show(caption + ": done", 3000, Notification.Position.BOTTOM_START);
      refresh.run();
    } catch (DomainRuleViolation | CaseAccessRefused e) {
      refused(e.getMessage());
    }
  }

  private static void refused(String why) {
    Notification note = Notification.show(why, 6000, Notification.Position.MIDDLE);
    note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    note.setId("action-refused");
  }
}
