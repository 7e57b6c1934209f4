package org.haven.admin.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.haven.admin.layout.Grids;
import org.haven.crisis.CategoryFinding;
import org.haven.crisis.review.CaseDetail;
import org.haven.crisis.review.EnumLabels;

/** The latest entry's assessment: categories, severity, confidence, what decided, what was down. */
final class AssessmentPanel {

  private AssessmentPanel() {}

  static Component of(CaseDetail detail) {
    if (detail.assessment().isEmpty()) {
      return new Paragraph("No assessment is stored for the latest entry.");
    }
    CaseDetail.Breakdown a = detail.assessment().get();
    Grid<CategoryFinding> findings = Grids.compact("assessment-findings", CategoryFinding.class);
    findings.addColumn(f -> EnumLabels.of(f.category())).setHeader("Category");
    findings.addColumn(f -> f.severity().name()).setHeader("Severity");
    findings.addColumn(f -> percent(f.confidence())).setHeader("Confidence");
    findings.addColumn(f -> f.evidence().size()).setHeader("Evidence spans");
    findings
        .addColumn(
            f -> String.join(", ", f.evidence().stream().map(e -> e.source()).distinct().toList()))
        .setHeader("Found by");
    findings.setItems(a.findings());
    Paragraph summary =
        new Paragraph(
            "Level "
                + a.level()
                + " at "
                + percent(a.confidence())
                + " confidence. Decided by "
                + String.join(", ", a.decidedBy())
                + ". "
                + (a.degraded().isEmpty()
                    ? "No component was degraded."
                    : "Degraded: " + String.join(", ", a.degraded()) + "."));
    summary.setId("assessment-summary");
    return new Div(summary, findings);
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.0f%%", p * 100);
  }
}
