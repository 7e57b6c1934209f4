package org.haven.admin.cases;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.haven.crisis.Evidence;

/** The entry's text with the screening's evidence spans marked; overlapping spans merge. */
final class EvidenceText extends Div {

  EvidenceText(String text, List<Evidence> evidence) {
    setId("entry-text");
    getStyle()
        .set("white-space", "pre-wrap")
        .set("padding", "var(--lumo-space-m)")
        .set("background", "var(--lumo-contrast-5pct)")
        .set("border-radius", "var(--lumo-border-radius-m)");
    int at = 0;
    for (int[] span : merged(evidence)) {
      if (span[0] > at) {
        add(new Text(text.substring(at, span[0])));
      }
      Span marked = new Span(text.substring(Math.max(at, span[0]), span[1]));
      marked.addClassName("evidence");
      marked
          .getStyle()
          .set("background", "var(--lumo-error-color-10pct)")
          .set("border-bottom", "2px solid var(--lumo-error-color)");
      add(marked);
      at = Math.max(at, span[1]);
    }
    if (at < text.length()) {
      add(new Text(text.substring(at)));
    }
  }

  static List<int[]> merged(List<Evidence> evidence) {
    List<Evidence> sorted =
        evidence.stream().sorted(Comparator.comparingInt(Evidence::start)).toList();
    List<int[]> spans = new ArrayList<>();
    for (Evidence e : sorted) {
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && e.start() <= last[1]) {
        last[1] = Math.max(last[1], e.end());
      } else if (e.end() > e.start()) {
        spans.add(new int[] {e.start(), e.end()});
      }
    }
    return spans;
  }
}
