package org.haven.tools;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** docs/safety/evaluation.md: the figures, the targets, and where each stands. */
final class EvaluationReport {

  private static final double TARGET_RECALL = 0.95;
  private static final double TARGET_FALSE_ALARMS = 0.05;

  private EvaluationReport() {}

  static String markdown(
      String source,
      int size,
      String rules,
      Evaluation rulesOnly,
      Evaluation combined,
      String slices) {
    return """
        # Crisis screening: evaluation on the held-out set

        Generated on %s by
        `java -jar tools/target/haven-cli.jar evaluate %s --markdown docs/safety/evaluation.md`
        over %d held-out texts written apart from the training corpus (see the set's datasheet).
        Rule book: `%s`; model: the one shipped in `services/src/main/resources/crisis/model`.

        ## Targets

        | figure | target | rules alone | rules + model | met |
        |---|---|---|---|---|
        | recall of gold HIGH/CRITICAL predicted HIGH or above | >= %.2f | %.3f | %.3f | %s |
        | recall of gold MODERATE+ predicted MODERATE or above | >= %.2f | %.3f | %.3f | %s |
        | gold NONE predicted MODERATE or above | <= %.2f | %.3f | %.3f | %s |

        ## Rules and model together (what the server runs)

        ```
        %s
        ```

        ## Rules alone (what runs when the model is unavailable)

        ```
        %s
        ```

        ## By kind and by language (rules and model)

        How the texts are phrased (the datasheet's kinds) and their language. A slice with no text
        of a figure's gold levels shows "-". Small slices are smoke tests, not estimates.

        %s"""
        .formatted(
            LocalDate.now(ZoneOffset.UTC),
            source,
            size,
            rules,
            TARGET_RECALL,
            rulesOnly.recallHighPlus(),
            combined.recallHighPlus(),
            met(combined.recallHighPlus() >= TARGET_RECALL),
            TARGET_RECALL,
            rulesOnly.recallModeratePlus(),
            combined.recallModeratePlus(),
            met(combined.recallModeratePlus() >= TARGET_RECALL),
            TARGET_FALSE_ALARMS,
            rulesOnly.falseAlarmRate(),
            combined.falseAlarmRate(),
            met(combined.falseAlarmRate() <= TARGET_FALSE_ALARMS),
            combined.table().strip(),
            rulesOnly.table().strip(),
            slices);
  }

  private static String met(boolean yes) {
    return yes ? "yes" : "**not yet**";
  }
}
