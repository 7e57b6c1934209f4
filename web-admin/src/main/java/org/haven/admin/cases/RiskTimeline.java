package org.haven.admin.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import org.haven.admin.chart.SvgChart;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.review.CaseDetail.RiskPoint;

/** The person's entries of the last weeks, by assessed level, oldest first. */
final class RiskTimeline {

  private RiskTimeline() {}

  static Component of(List<RiskPoint> points) {
    if (points.isEmpty()) {
      return new Paragraph("No assessed entries in the window.");
    }
    List<Double> levels = points.stream().map(p -> (double) p.level().ordinal()).toList();
    List<String> names = Arrays.stream(RiskLevel.values()).map(Enum::name).toList();
    return SvgChart.steps(
        "risk-timeline",
        "Risk level of the person's last " + points.size() + " entries",
        levels,
        names);
  }
}
