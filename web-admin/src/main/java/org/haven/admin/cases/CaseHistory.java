package org.haven.admin.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import org.haven.admin.layout.Grids;
import org.haven.crisis.CaseEvent;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.review.EnumLabels;

/** Everything that happened to the case, with who and when, oldest first. */
final class CaseHistory {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private CaseHistory() {}

  static Component of(CrisisCase crisis) {
    Grid<CaseEvent> grid = Grids.compact("case-history", CaseEvent.class);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(e -> AT.format(e.at())).setHeader("When (UTC)").setAutoWidth(true);
    grid.addColumn(CaseEvent::actor).setHeader("Who").setAutoWidth(true);
    grid.addColumn(e -> EnumLabels.of(e.type())).setHeader("What").setAutoWidth(true);
    grid.addColumn(e -> e.code() == null ? (e.level() == null ? "" : e.level().name()) : e.code())
        .setHeader("Detail");
    grid.addColumn(CaseEvent::detail).setHeader("Note or reason").setFlexGrow(3);
    grid.setItems(crisis.history());
    return grid;
  }
}
