package org.haven.admin.cases;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.UUID;
import org.haven.admin.layout.Badges;
import org.haven.admin.layout.ConsoleLayout;
import org.haven.admin.live.LiveUpdates;
import org.haven.admin.queue.Countdown;
import org.haven.admin.queue.QueueBoard;
import org.haven.admin.security.ConsoleRoles;
import org.haven.crisis.CrisisCase;
import org.haven.crisis.review.CaseAccessRefused;
import org.haven.crisis.review.CaseDetail;
import org.haven.crisis.review.CaseFolder;
import org.haven.crisis.review.CaseNotFoundException;
import org.haven.crisis.review.CaseQueue;
import org.haven.crisis.review.CaseReading;
import org.haven.crisis.review.CaseWork;
import org.haven.crisis.review.EnumLabels;
import org.haven.crisis.review.QueueRow;
import org.haven.crisis.review.Staff;
import org.haven.platform.time.WallClock;

/**
 * One case: its clock and workflow, the entry with its evidence marked (for the clinician working
 * the case only, audited each time), the assessment, the person's recent risk and other cases.
 */
@Route(value = "cases/:caseId", layout = ConsoleLayout.class)
@PageTitle("Case · Haven")
@RolesAllowed({ConsoleRoles.CLINICIAN, ConsoleRoles.SUPERVISOR})
public class CaseView extends VerticalLayout implements BeforeEnterObserver {

  private final CaseFolder folder;
  private final CaseReading reading;
  private final CaseWork work;
  private final QueueBoard board;
  private final CaseQueue queue;
  private final LiveUpdates live;
  private final WallClock clock;
  private final Staff me;
  private UUID caseId;
  private final Span clockHolder = new Span();
  private QueueRow shown;
  private Registration beat;

  @Inject
  public CaseView(
      CaseFolder folder,
      CaseReading reading,
      CaseWork work,
      QueueBoard board,
      CaseQueue queue,
      LiveUpdates live,
      WallClock clock,
      Staff me) {
    this.folder = folder;
    this.reading = reading;
    this.work = work;
    this.board = board;
    this.queue = queue;
    this.live = live;
    this.clock = clock;
    this.me = me;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get("caseId").orElse("");
    try {
      caseId = UUID.fromString(id);
      show();
    } catch (IllegalArgumentException | CaseNotFoundException e) {
      event.rerouteToError(NotFoundException.class, "No such case");
    }
  }

  private void show() {
    removeAll();
    CaseDetail detail = folder.open(caseId);
    CrisisCase crisis = detail.crisis();
    shown = row(crisis);
    drawClock();
    Span status = new Span(EnumLabels.of(crisis.status()));
    status.setId("case-status");
    Span assignee =
        new Span(crisis.assignee() == null ? "unassigned" : "assigned to " + crisis.assignee());
    assignee.setId("case-assignee");
    add(
        new H2(crisis.isScreeningFailed() ? "Screening failed" : EnumLabels.of(crisis.concern())),
        new HorizontalLayout(Badges.level(crisis.level()), status, assignee, clockHolder),
        new CaseActions(work, me, crisis, board.caseWorkers(), this::show),
        new H3("Entry"),
        entry(crisis),
        new H3("Assessment"),
        AssessmentPanel.of(detail),
        new H3("Recent risk"),
        RiskTimeline.of(detail.timeline()),
        new H3("Other cases of this person"),
        OtherCases.of(detail.otherCases()),
        new H3("History"),
        CaseHistory.of(crisis));
  }

  /** The entry for its assignee; for anyone else, a refusal that the audit log keeps. */
  private Component entry(CrisisCase crisis) {
    if (crisis.assignee() == null) {
      return note("Acknowledge the case to take it and read the entry.");
    }
    try {
      CaseReading.CaseEntry entry = reading.read(caseId, me);
      return new EvidenceText(entry.text(), entry.evidence());
    } catch (CaseAccessRefused e) {
      return note(
          "This case is assigned to " + crisis.assignee() + ": only they can read its entry.");
    }
  }

  private static Paragraph note(String text) {
    Paragraph note = new Paragraph(text);
    note.setId("entry-withheld");
    return note;
  }

  private static QueueRow row(CrisisCase c) {
    return new QueueRow(
        c.id(),
        c.accountId(),
        c.level(),
        c.status(),
        c.concern(),
        c.isScreeningFailed(),
        c.assignee(),
        c.openedAt(),
        c.dueAt(),
        c.acknowledgedAt(),
        c.updatedAt());
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    beat = live.subscribe(changed -> ui.access(() -> tick(changed)));
  }

  /**
   * Redraws the clock when its state changes or the case changed elsewhere (another clinician, the
   * sweep); the seconds tick in the browser.
   */
  private void tick(boolean changed) {
    if (shown == null) {
      return;
    }
    Countdown.State before = Countdown.of(shown, clock.now()).state();
    if (changed) {
      shown = queue.row(caseId).orElse(shown);
    }
    if (changed || Countdown.of(shown, clock.now()).state() != before) {
      drawClock();
    }
  }

  private void drawClock() {
    var now = clock.now();
    Span badge = Badges.countdown(Countdown.of(shown, now), now);
    badge.setId("case-countdown");
    clockHolder.removeAll();
    clockHolder.add(badge);
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (beat != null) {
      beat.remove();
    }
  }
}
