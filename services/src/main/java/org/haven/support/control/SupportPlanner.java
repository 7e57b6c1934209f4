package org.haven.support.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.crisis.support.CrisisResource;
import org.haven.crisis.support.SupportMessage;
import org.haven.crisis.support.SupportTexts;
import org.haven.support.Support;
import org.haven.support.SupportCitation;
import org.haven.support.SupportSource;
import org.haven.support.SupportStatus;
import org.haven.support.intervention.InterventionPlan;
import org.haven.support.intervention.InterventionTable;
import org.haven.support.intervention.Situation;
import org.haven.support.knowledge.Passage;
import org.haven.support.retrieval.Hit;
import org.haven.support.retrieval.KnowledgeBase;

/**
 * Plans support for a text: the decision table's intervention, the passages nearest the text that
 * the plan allows, the crisis resources from MODERATE up, and the template written from them. A
 * knowledge base that fails costs the passages, never the support.
 */
@ApplicationScoped
public class SupportPlanner {

  private static final Logger LOG = Logger.getLogger(SupportPlanner.class.getName());

  @Inject InterventionTable table;

  @Inject KnowledgeBase knowledge;

  @Inject SupportTemplates templates;

  @Inject SupportTexts crisisTexts;

  @Inject
  @ConfigProperty(name = "haven.support.passages", defaultValue = "3")
  int passages;

  public Planned plan(Situation situation, String text, Locale locale, boolean careTeam) {
    InterventionPlan chosen = table.plan(situation);
    List<Hit> hits = retrieve(text, chosen);
    // The passage may name the intervention; the opening still answers what the person wrote.
    InterventionPlan plan =
        hits.isEmpty() ? chosen : table.refined(chosen, hits.get(0).passage().domain());
    List<CrisisResource> resources =
        crisisTexts
            .compose(situation.level(), locale, careTeam)
            .map(SupportMessage::resources)
            .orElse(List.of());
    Optional<Passage> best = hits.stream().findFirst().map(Hit::passage);
    Support template =
        new Support(
            SupportStatus.PENDING,
            SupportSource.TEMPLATE,
            plan.type(),
            plan.approach(),
            best.map(Passage::techniques).orElse(plan.techniques()),
            templates.text(chosen.type(), best, resources, locale.getLanguage()),
            best.map(p -> List.of(citation(1, p))).orElse(List.of()),
            null,
            null);
    return new Planned(plan, hits.stream().map(Hit::passage).toList(), resources, template);
  }

  private List<Hit> retrieve(String text, InterventionPlan plan) {
    try {
      return knowledge.find(text, plan.filter(), passages);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Retrieval failed; the template goes without passages: {0}",
          e.getClass().getName());
      return List.of();
    }
  }

  static SupportCitation citation(int number, Passage p) {
    return new SupportCitation(number, p.key(), p.title(), p.domain(), p.evidence(), p.citations());
  }

  /** A plan, the passages found for it, the resources owed, and the template support. */
  public record Planned(
      InterventionPlan plan,
      List<Passage> passages,
      List<CrisisResource> resources,
      Support template) {

    /** The same plan falling back to a template written earlier (the one the person has). */
    Planned withTemplate(Support earlier) {
      return new Planned(plan, passages, resources, earlier);
    }
  }
}
