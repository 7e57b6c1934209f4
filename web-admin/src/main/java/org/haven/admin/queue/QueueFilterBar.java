package org.haven.admin.queue;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.review.QueueFilter;
import org.haven.crisis.review.QueueFilter.Assignee;

/** The queue's filters: level, status, assignee and overdue only. Any change reloads the grid. */
class QueueFilterBar extends HorizontalLayout {

  static final String ANYONE = "Anyone";
  static final String UNASSIGNED = "Unassigned";
  static final String ME = "Me";

  final MultiSelectComboBox<RiskLevel> levels = new MultiSelectComboBox<>("Level");
  final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>("Status");
  final ComboBox<String> assignee = new ComboBox<>("Assignee");
  final Checkbox overdueOnly = new Checkbox("Overdue only");
  private final String me;

  QueueFilterBar(String me, List<String> caseWorkers, Runnable onChange) {
    this.me = me;
    levels.setItems(RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.CRITICAL);
    levels.setId("filter-level");
    statuses.setItems(CaseStatus.values());
    statuses.setValue(EnumSet.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.ESCALATED));
    statuses.setId("filter-status");
    statuses.setWidth("22em");
    List<String> people = new ArrayList<>(List.of(ANYONE, UNASSIGNED, ME));
    people.addAll(caseWorkers);
    assignee.setItems(people);
    assignee.setValue(ANYONE);
    assignee.setId("filter-assignee");
    overdueOnly.setId("filter-overdue");
    levels.addValueChangeListener(e -> onChange.run());
    statuses.addValueChangeListener(e -> onChange.run());
    assignee.addValueChangeListener(e -> onChange.run());
    overdueOnly.addValueChangeListener(e -> onChange.run());
    setAlignItems(FlexComponent.Alignment.BASELINE);
    add(levels, statuses, assignee, overdueOnly);
  }

  QueueFilter filter() {
    return new QueueFilter(
        levels.getValue().isEmpty()
            ? EnumSet.noneOf(RiskLevel.class)
            : EnumSet.copyOf(levels.getValue()),
        statuses.getValue().isEmpty()
            ? EnumSet.noneOf(CaseStatus.class)
            : EnumSet.copyOf(statuses.getValue()),
        assigneeFilter(),
        overdueOnly.getValue());
  }

  private Assignee assigneeFilter() {
    String chosen = assignee.getValue();
    if (chosen == null || ANYONE.equals(chosen)) {
      return Assignee.ANYONE;
    }
    if (UNASSIGNED.equals(chosen)) {
      return Assignee.NOBODY;
    }
    return Assignee.person(ME.equals(chosen) ? me : chosen);
  }
}
