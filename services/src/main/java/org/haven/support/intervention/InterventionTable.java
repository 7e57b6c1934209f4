package org.haven.support.intervention;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.haven.platform.json.ClassPathJson;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;

/** The decision table of {@code support/interventions.json}. */
@ApplicationScoped
public class InterventionTable {

  static final String RESOURCE = "support/interventions.json";

  private String version;
  private Map<Contraindication, Condition> situations;
  private Set<String> neverInCrisis;
  private List<Rule> rules;
  private Map<Domain, JsonObject> byPassageDomain;

  @PostConstruct
  void load() {
    load(ClassPathJson.read(RESOURCE));
  }

  void load(JsonObject table) {
    version = table.getString("version");
    situations = new EnumMap<>(Contraindication.class);
    table
        .getJsonObject("situations")
        .forEach(
            (name, when) ->
                situations.put(Contraindication.valueOf(name), Condition.of(when.asJsonObject())));
    neverInCrisis = Condition.names(table, "neverInCrisis");
    rules =
        table.getJsonArray("rules").getValuesAs(JsonObject.class).stream().map(Rule::of).toList();
    if (rules.isEmpty() || !rules.get(rules.size() - 1).when().holds(Rule.ANYTHING)) {
      throw new IllegalStateException("The last intervention rule must hold for every entry");
    }
    byPassageDomain = new EnumMap<>(Domain.class);
    table
        .getJsonObject("byPassageDomain")
        .forEach((d, v) -> byPassageDomain.put(Domain.valueOf(d), v.asJsonObject()));
  }

  public String version() {
    return version;
  }

  public InterventionPlan plan(Situation situation) {
    Set<Contraindication> flags = EnumSet.noneOf(Contraindication.class);
    situations.forEach(
        (flag, condition) -> {
          if (condition.holds(situation)) {
            flags.add(flag);
          }
        });
    Set<String> excluded = flags.contains(Contraindication.ACUTE_CRISIS) ? neverInCrisis : Set.of();
    Rule rule = rules.stream().filter(r -> r.when().holds(situation)).findFirst().orElseThrow();
    return rule.plan(flags, excluded);
  }

  /** A plan that may be renamed after its passage, renamed after the passage's domain. */
  public InterventionPlan refined(InterventionPlan plan, Domain passageDomain) {
    JsonObject named = byPassageDomain.get(passageDomain);
    if (!plan.refineByPassage() || named == null) {
      return plan;
    }
    return plan.as(InterventionType.valueOf(named.getString("type")), named.getString("approach"));
  }
}
