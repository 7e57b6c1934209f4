package org.haven.crisis.review;

import java.util.Objects;
import org.haven.crisis.CrisisCase;

/**
 * Who may do what to a case. Anyone on the care team may acknowledge a case or take an unassigned
 * one. Working a case (reading its entry, writing in it, escalating or closing it, handing it on)
 * is for the clinician it is assigned to; supervisors may also do all but read the entry, which
 * stays with whoever works the case. Reopening a closed case is a supervisor's decision.
 */
final class CaseAccess {

  private CaseAccess() {}

  static void requireWorker(CrisisCase crisis, Staff staff, String what) {
    if (!works(crisis, staff) && !staff.supervises()) {
      throw refused(crisis, what, "it is assigned to " + assigneeOf(crisis));
    }
  }

  static void requireReader(CrisisCase crisis, Staff staff) {
    if (!works(crisis, staff)) {
      throw refused(crisis, "read the entry of", "only its assignee may");
    }
  }

  static void requireAssigner(CrisisCase crisis, Staff staff, String to) {
    boolean takingAnUnassignedCase = crisis.assignee() == null && staff.username().equals(to);
    if (!takingAnUnassignedCase && !works(crisis, staff) && !staff.supervises()) {
      throw refused(crisis, "assign", "it is assigned to " + assigneeOf(crisis));
    }
  }

  static void requireSupervisor(CrisisCase crisis, Staff staff, String what) {
    if (!staff.supervises()) {
      throw refused(crisis, what, "this needs a supervisor");
    }
  }

  private static boolean works(CrisisCase crisis, Staff staff) {
    return Objects.equals(crisis.assignee(), staff.username());
  }

  private static String assigneeOf(CrisisCase crisis) {
    return crisis.assignee() == null ? "nobody yet" : crisis.assignee();
  }

  private static CaseAccessRefused refused(CrisisCase crisis, String what, String why) {
    return new CaseAccessRefused("You cannot " + what + " this case: " + why);
  }
}
