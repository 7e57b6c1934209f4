package org.haven.api.support;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.haven.crisis.support.CrisisResource;
import org.haven.crisis.support.SupportMessage;
import org.haven.support.Support;
import org.haven.support.SupportCitation;
import org.haven.support.SupportSource;
import org.haven.support.SupportStatus;
import org.haven.support.intervention.InterventionType;

/**
 * Support as the API shows it: the text (template or LLM), its intervention and citations, and from
 * MODERATE up the vetted crisis message, resources and safety plan that never depend on an LLM.
 * Fields that do not apply are left out.
 */
@JsonbPropertyOrder({
  "status",
  "source",
  "intervention",
  "approach",
  "techniques",
  "text",
  "citations",
  "message",
  "resources",
  "careTeamWillSee",
  "safetyPlan",
  "country",
  "language"
})
public record SupportView(
    SupportStatus status,
    SupportSource source,
    InterventionType intervention,
    String approach,
    List<String> techniques,
    String text,
    List<SupportCitation> citations,
    String message,
    List<CrisisResource> resources,
    Boolean careTeamWillSee,
    List<String> safetyPlan,
    String country,
    String language) {

  public static SupportView of(Support s) {
    return of(s, null);
  }

  /** Support with the crisis message of the same response, when the level called for one. */
  public static SupportView of(Support s, SupportMessage crisis) {
    boolean c = crisis != null;
    return new SupportView(
        s == null ? null : s.status(),
        s == null ? null : s.source(),
        s == null ? null : s.intervention(),
        s == null ? null : s.approach(),
        s == null ? null : s.techniques(),
        s == null ? null : s.text(),
        s == null ? null : s.citations(),
        c ? crisis.message() : null,
        c ? crisis.resources() : null,
        c ? crisis.careTeamWillSee() : null,
        c ? crisis.safetyPlan() : null,
        c ? crisis.country() : null,
        c ? crisis.language() : null);
  }
}
