package org.haven.admin.layout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The console's small read-only tables: compact rows, all of them shown, no scrolling. */
public final class Grids {

  private Grids() {}

  public static <T> Grid<T> compact(String id, Class<T> type) {
    Grid<T> grid = new Grid<>(type, false);
    grid.setId(id);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    return grid;
  }
}
