package org.haven.admin.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.haven.admin.chart.SvgChart;
import org.haven.crisis.RiskLevel;
import org.haven.crisis.review.QueueStatistics;

/** The queue over the last two weeks, response-target compliance, and the week's risk levels. */
@ApplicationScoped
public class QueueCharts {

  private static final int DAYS = 14;

  @Inject QueueStatistics statistics;

  Component render() {
    List<QueueStatistics.Day> days = statistics.days(DAYS);
    List<String> labels =
        days.stream().map(d -> d.day().getDayOfMonth() + "/" + d.day().getMonthValue()).toList();
    Map<RiskLevel, Long> risk = statistics.riskDistribution(7);
    return new Div(
        new H3("Queue"),
        SvgChart.bars(
            "queue-volume",
            "Cases opened per day",
            labels,
            days.stream().map(d -> (double) d.opened()).toList()),
        SvgChart.bars(
            "queue-compliance",
            "Cases acknowledged within their response target (%, — where none was acknowledged)",
            labels,
            days.stream()
                .map(d -> d.acknowledged() == 0 ? 0.0 : Math.round(d.compliance() * 100) * 1.0)
                .toList(),
            days.stream()
                .map(d -> d.acknowledged() == 0 ? "—" : Math.round(d.compliance() * 100) + "%")
                .toList()),
        new H3("Risk levels of entries, last 7 days"),
        SvgChart.bars(
            "risk-distribution",
            "Entries by assessed level",
            risk.keySet().stream().map(Enum::name).toList(),
            risk.values().stream().map(Long::doubleValue).toList()));
  }
}
