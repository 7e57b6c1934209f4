package org.haven.admin.queue;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Duration;
import org.haven.admin.layout.Badges;
import org.haven.crisis.review.EnumLabels;
import org.haven.crisis.review.QueueRow;
import org.haven.platform.time.WallClock;

/** The queue grid's columns. Nothing in them comes from what the person wrote. */
final class QueueColumns {

  private QueueColumns() {}

  static void addTo(Grid<QueueRow> grid, WallClock clock) {
    grid.addColumn(new ComponentRenderer<>(row -> Badges.level(row.level())))
        .setHeader("Level")
        .setKey("level")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(QueueRow::concernLabel).setHeader("Concern").setKey("concern");
    grid.addColumn(row -> EnumLabels.of(row.status())).setHeader("Status").setKey("status");
    grid.addColumn(row -> row.assignee() == null ? "—" : row.assignee())
        .setHeader("Assignee")
        .setKey("assignee");
    grid.addColumn(row -> waited(Duration.between(row.openedAt(), clock.now())))
        .setHeader("Waiting")
        .setKey("waiting");
    grid.addColumn(new ComponentRenderer<>(row -> clockOf(row, clock)))
        .setHeader("Response target")
        .setKey("countdown")
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(QueueColumns::openLink))
        .setHeader("")
        .setKey("open")
        .setWidth("6em")
        .setFlexGrow(0);
  }

  static Span clockOf(QueueRow row, WallClock clock) {
    var now = clock.now();
    Span shown = Badges.countdown(Countdown.of(row, now), now);
    shown.setId("countdown-" + row.id());
    return shown;
  }

  private static Anchor openLink(QueueRow row) {
    Anchor open = new Anchor("cases/" + row.id(), "Open");
    open.setId("open-" + row.id());
    return open;
  }

  static String waited(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    return minutes < 60
        ? minutes + " min"
        : minutes < 1440 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes / 1440 + " d";
  }
}
