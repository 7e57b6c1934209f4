package org.haven.admin.queue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.haven.admin.live.LiveUpdates;
import org.haven.clinician.ClinicianRole;
import org.haven.crisis.CaseStatus;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.review.QueueFilter;
import org.haven.crisis.review.QueueRow;
import org.haven.crisis.review.Staff;
import org.haven.platform.time.WallClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue view in a mocked Vaadin session: its order, filters, clocks and push beats. The board
 * holds rows in memory; what it returns goes through the real {@link QueueFilter}.
 */
class QueueViewTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private final OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
  private final MovableClock time = new MovableClock(NOW);
  private final WallClock clock = new WallClock(time);
  private final QueueRows rows = new QueueRows(now);
  private final List<QueueRow> cases = new ArrayList<>();
  private final List<Consumer<Boolean>> beats = new ArrayList<>();
  private final LiveUpdates live =
      beat -> {
        beats.add(beat);
        return (Registration) () -> beats.remove(beat);
      };
  private final QueueBoard board =
      new QueueBoard() {
        @Override
        public List<QueueRow> rows(QueueFilter filter) {
          return cases.stream().filter(r -> filter.test(r, now)).sorted(QueueRow.URGENCY).toList();
        }

        @Override
        public List<String> caseWorkers() {
          return List.of("dana", "eli");
        }
      };

  @BeforeEach
  void mockVaadin() {
    MockVaadin.setup();
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void cases_are_sorted_by_level_then_by_how_long_they_have_waited() {
    QueueRow highOld = rows.open(RiskLevel.HIGH, 20, 10, null);
    QueueRow criticalNew = rows.open(RiskLevel.CRITICAL, 2, 8, null);
    QueueRow highNew = rows.open(RiskLevel.HIGH, 5, 25, null);
    QueueRow criticalOld = rows.open(RiskLevel.CRITICAL, 9, 1, "dana");
    cases.addAll(List.of(highOld, criticalNew, highNew, criticalOld));

    QueueView view = show();

    assertThat(view.shown()).containsExactly(criticalOld, criticalNew, highOld, highNew);
  }

  @Test
  void filters_narrow_the_queue_by_level_status_assignee_and_overdue() {
    QueueRow critical = rows.open(RiskLevel.CRITICAL, 2, 8, "dana");
    QueueRow overdueHigh = rows.open(RiskLevel.HIGH, 40, -10, null);
    QueueRow acknowledged = rows.acknowledged(RiskLevel.HIGH, "eli");
    QueueRow resolved = rows.closed(RiskLevel.CRITICAL);
    cases.addAll(List.of(critical, overdueHigh, acknowledged, resolved));
    QueueView view = show();
    QueueFilterBar filters = _get(view, QueueFilterBar.class);

    assertThat(view.shown()).containsExactly(critical, overdueHigh, acknowledged);

    filters.levels.setValue(Set.of(RiskLevel.CRITICAL));
    assertThat(view.shown()).containsExactly(critical);

    filters.statuses.setValue(EnumSet.of(CaseStatus.RESOLVED));
    assertThat(view.shown()).containsExactly(resolved);

    filters.levels.clear();
    filters.statuses.setValue(EnumSet.of(CaseStatus.NEW, CaseStatus.ACKNOWLEDGED));
    filters.assignee.setValue(QueueFilterBar.ME);
    assertThat(view.shown()).containsExactly(critical);

    filters.assignee.setValue(QueueFilterBar.UNASSIGNED);
    assertThat(view.shown()).containsExactly(overdueHigh);

    filters.assignee.setValue("eli");
    assertThat(view.shown()).containsExactly(acknowledged);

    filters.assignee.setValue(QueueFilterBar.ANYONE);
    filters.overdueOnly.setValue(true);
    assertThat(view.shown()).containsExactly(overdueHigh);
    assertThat(_get(view, Span.class, spec -> spec.withId("queue-summary")).getText())
        .isEqualTo("1 case shown, 1 overdue");
  }

  @Test
  void each_clock_shows_its_state_and_an_overdue_row_stands_out() {
    QueueRow onTime = rows.open(RiskLevel.HIGH, 5, 25, null);
    QueueRow soon = rows.open(RiskLevel.CRITICAL, 8, 2, null);
    QueueRow overdue = rows.open(RiskLevel.CRITICAL, 12, -2, null);
    QueueRow responded = rows.acknowledged(RiskLevel.HIGH, "eli");
    QueueRow closed = rows.closed(RiskLevel.HIGH);

    assertThat(Countdown.of(onTime, now))
        .isEqualTo(new Countdown(Countdown.State.ON_TIME, "25:00 left", onTime.dueAt()));
    assertThat(Countdown.of(soon, now))
        .isEqualTo(new Countdown(Countdown.State.DUE_SOON, "2:00 left", soon.dueAt()));
    assertThat(Countdown.of(overdue, now))
        .isEqualTo(new Countdown(Countdown.State.OVERDUE, "overdue 2:00", overdue.dueAt()));
    assertThat(Countdown.of(responded, now))
        .isEqualTo(new Countdown(Countdown.State.RESPONDED, "responded in time", null));
    assertThat(Countdown.of(closed, now))
        .isEqualTo(new Countdown(Countdown.State.CLOSED, "closed", null));
    assertThat(Countdown.clock(Duration.ofSeconds(3729))).isEqualTo("1:02:09");

    cases.addAll(List.of(onTime, overdue));
    QueueView view = show();
    @SuppressWarnings("unchecked")
    Grid<QueueRow> grid = _get(view, Grid.class, spec -> spec.withId("queue-grid"));
    assertThat(grid.getPartNameGenerator().apply(overdue)).isEqualTo("overdue");
    assertThat(grid.getPartNameGenerator().apply(onTime)).isNull();
    assertThat(QueueColumns.clockOf(overdue, clock).getElement().getAttribute("data-state"))
        .isEqualTo("OVERDUE");
  }

  @Test
  void the_browser_ticks_the_seconds_and_a_quiet_beat_redraws_only_a_clock_that_turned() {
    QueueRow dueSoon = rows.open(RiskLevel.CRITICAL, 9, 1, null);
    cases.add(dueSoon);
    QueueView view = show();
    Span summary = _get(view, Span.class, spec -> spec.withId("queue-summary"));
    var ticking = QueueColumns.clockOf(dueSoon, clock).getElement().getChild(0);
    assertThat(ticking.getTag()).isEqualTo("haven-countdown");
    assertThat(ticking.getAttribute("due"))
        .isEqualTo(Long.toString(dueSoon.dueAt().toInstant().toEpochMilli()));

    time.advance(Duration.ofSeconds(30));
    beats.forEach(beat -> beat.accept(false));
    MockVaadin.clientRoundtrip();
    assertThat(summary.getText()).isEqualTo("1 case shown, 0 overdue");

    time.advance(Duration.ofSeconds(31));
    beats.forEach(beat -> beat.accept(false));
    MockVaadin.clientRoundtrip();
    assertThat(summary.getText()).isEqualTo("1 case shown, 1 overdue");
  }

  @Test
  void a_beat_with_a_change_brings_new_cases_in_and_alerts_with_their_level_only() {
    QueueView view = show();
    assertThat(view.shown()).isEmpty();
    QueueRow arrived = rows.open(RiskLevel.CRITICAL, 0, 10, null);
    cases.add(arrived);

    beats.forEach(beat -> beat.accept(false));
    MockVaadin.clientRoundtrip();
    assertThat(view.shown()).as("no change announced, no reload").isEmpty();

    beats.forEach(beat -> beat.accept(true));
    MockVaadin.clientRoundtrip();
    assertThat(view.shown()).containsExactly(arrived);
    assertThat(NotificationsKt.getNotifications())
        .singleElement()
        .satisfies(n -> assertThat(n.getId()).contains("new-case-alert"));
  }

  @Test
  void supervisors_are_alerted_when_a_case_escalates_and_clinicians_see_it_in_the_queue() {
    QueueRow waiting = rows.open(RiskLevel.HIGH, 31, -1, null);
    cases.add(waiting);
    QueueView supervisor = show(new Staff("sam", Set.of(ClinicianRole.SUPERVISOR)));
    QueueView clinician = show(new Staff("dana", Set.of(ClinicianRole.CLINICIAN)));

    cases.set(0, QueueRows.escalated(waiting));
    beats.forEach(beat -> beat.accept(true));
    MockVaadin.clientRoundtrip();

    assertThat(supervisor.shown())
        .singleElement()
        .extracting(QueueRow::status)
        .isEqualTo(CaseStatus.ESCALATED);
    assertThat(clinician.shown())
        .singleElement()
        .extracting(QueueRow::status)
        .isEqualTo(CaseStatus.ESCALATED);
    assertThat(NotificationsKt.getNotifications())
        .as("one alert, for the supervisor")
        .singleElement()
        .satisfies(n -> assertThat(n.getId()).contains("escalation-alert"));
  }

  private QueueView show() {
    return show(new Staff("dana", Set.of(ClinicianRole.CLINICIAN)));
  }

  private QueueView show(Staff me) {
    QueueView view = new QueueView(board, live, clock, me);
    UI.getCurrent().add(view);
    return view;
  }
}
