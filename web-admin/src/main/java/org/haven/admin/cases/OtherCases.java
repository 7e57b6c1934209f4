package org.haven.admin.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.haven.admin.layout.Grids;
import org.haven.crisis.review.EnumLabels;
import org.haven.crisis.review.QueueRow;

/** The person's other cases, newest first. */
final class OtherCases {

  private OtherCases() {}

  static Component of(List<QueueRow> rows) {
    if (rows.isEmpty()) {
      return new Paragraph("None.");
    }
    Grid<QueueRow> grid = Grids.compact("other-cases", QueueRow.class);
    grid.addColumn(r -> r.openedAt().toLocalDate()).setHeader("Opened");
    grid.addColumn(r -> r.level().name()).setHeader("Level");
    grid.addColumn(QueueRow::concernLabel).setHeader("Concern");
    grid.addColumn(r -> EnumLabels.of(r.status())).setHeader("Status");
    grid.setItems(rows);
    return grid;
  }
}
