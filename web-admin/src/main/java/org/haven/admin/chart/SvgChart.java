package org.haven.admin.chart;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG: no chart add-on, no script. Labels are escaped; values
 * are numbers the console computed, never text anyone wrote.
 */
public final class SvgChart {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 180;
  private static final int PAD = 28;

  private SvgChart() {}

  /** One labelled bar per value, each printed above its bar. */
  public static Html bars(String id, String title, List<String> labels, List<Double> values) {
    return bars(id, title, labels, values, values.stream().map(SvgChart::number).toList());
  }

  /** One labelled bar per value, with the text to print above each (e.g. "—" for no data). */
  public static Html bars(
      String id, String title, List<String> labels, List<Double> values, List<String> printed) {
    double max = Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    double slot = (WIDTH - 2.0 * PAD) / Math.max(1, values.size());
    StringBuilder svg = open(id, title);
    for (int i = 0; i < values.size(); i++) {
      double h = (HEIGHT - 2.0 * PAD) * values.get(i) / max;
      double x = PAD + i * slot + slot * 0.15;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#1676f3'><title>%s: %s</title></rect>",
              x,
              HEIGHT - PAD - h,
              slot * 0.7,
              h,
              escape(labels.get(i)),
              escape(printed.get(i))));
      svg.append(label(x + slot * 0.35, HEIGHT - PAD + 14, labels.get(i)));
      svg.append(label(x + slot * 0.35, HEIGHT - PAD - h - 4, printed.get(i)));
    }
    return close(svg);
  }

  /** Points joined by a line; y runs from 0 to {@code top}, with a name for each whole step. */
  public static Html steps(String id, String title, List<Double> ys, List<String> yNames) {
    double top = Math.max(1, yNames.size() - 1);
    StringBuilder svg = open(id, title);
    for (int level = 0; level < yNames.size(); level++) {
      double y = yOf(level, top);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>",
              PAD * 3,
              y,
              WIDTH - PAD,
              y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x='4' y='%.1f' font-size='10' fill='#666'>%s</text>",
              y + 3,
              escape(yNames.get(level))));
    }
    StringBuilder path = new StringBuilder();
    double step = (WIDTH - PAD * 4.0) / Math.max(1, ys.size() - 1);
    for (int i = 0; i < ys.size(); i++) {
      double x = PAD * 3 + i * step;
      double y = yOf(ys.get(i), top);
      path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      svg.append(
          String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3.5' fill='#c4314b'/>", x, y));
    }
    if (ys.size() > 1) {
      svg.append("<path d='").append(path).append("' fill='none' stroke='#c4314b'/>");
    }
    return close(svg);
  }

  private static double yOf(double value, double top) {
    return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * value / top;
  }

  // Wrapped in a div: the browser then parses the SVG as markup, in the SVG namespace; a root
  // <svg> element made by the framework would be an unknown HTML element and draw nothing.
  private static StringBuilder open(String id, String title) {
    return new StringBuilder()
        .append("<div class='chart'><p style='margin:0;font-size:var(--lumo-font-size-s)'>")
        .append(escape(title))
        .append("</p><svg xmlns='http://www.w3.org/2000/svg' role='img' id='")
        .append(escape(id))
        .append("' viewBox='0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("' width='")
        .append(WIDTH)
        .append("' height='")
        .append(HEIGHT)
        .append("'><title>")
        .append(escape(title))
        .append("</title>");
  }

  private static Html close(StringBuilder svg) {
    return new Html(svg.append("</svg></div>").toString());
  }

  private static String label(double x, double y, String text) {
    return String.format(
        Locale.ROOT,
        "<text x='%.1f' y='%.1f' font-size='10' text-anchor='middle' fill='#444'>%s</text>",
        x,
        y,
        escape(text));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
  }
}
