package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.haven.crisis.Assessment;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/**
 * Screening measured against a labelled set: per-level and per-category precision, recall and F1,
 * the confusion matrix, and the three figures the build holds the screening to.
 */
final class Evaluation {

  private final int[][] confusion = new int[RiskLevel.values().length][RiskLevel.values().length];
  private final Map<CrisisCategory, int[]> categoryCounts = new EnumMap<>(CrisisCategory.class);

  static Evaluation of(List<LabelledText> set, Function<String, Assessment> screen) {
    Evaluation e = new Evaluation();
    for (CrisisCategory c : CrisisCategory.values()) {
      e.categoryCounts.put(c, new int[3]);
    }
    for (LabelledText t : set) {
      Assessment a = screen.apply(t.text());
      e.confusion[t.level().ordinal()][a.level().ordinal()]++;
      for (CrisisCategory c : CrisisCategory.values()) {
        boolean gold = t.categories().contains(c);
        boolean found = a.categories().contains(c);
        int[] counts = e.categoryCounts.get(c);
        if (gold && found) {
          counts[0]++;
        } else if (found) {
          counts[1]++;
        } else if (gold) {
          counts[2]++;
        }
      }
    }
    return e;
  }

  /** Gold HIGH or CRITICAL predicted HIGH or above. */
  double recallHighPlus() {
    return recallAtLeast(RiskLevel.HIGH);
  }

  /** Gold MODERATE or above predicted MODERATE or above. */
  double recallModeratePlus() {
    return recallAtLeast(RiskLevel.MODERATE);
  }

  /** Gold NONE predicted MODERATE or above. */
  double falseAlarmRate() {
    int[] c = counts(RiskLevel.NONE, RiskLevel.NONE, RiskLevel.MODERATE);
    return c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  /** "raised of all" for gold NONE texts raised to MODERATE or above, "-" when there are none. */
  String falseAlarmsOfAll() {
    return ofAll(counts(RiskLevel.NONE, RiskLevel.NONE, RiskLevel.MODERATE));
  }

  String highPlusFoundOfAll() {
    return ofAll(counts(RiskLevel.HIGH, RiskLevel.CRITICAL, RiskLevel.HIGH));
  }

  String moderatePlusFoundOfAll() {
    return ofAll(counts(RiskLevel.MODERATE, RiskLevel.CRITICAL, RiskLevel.MODERATE));
  }

  private static String ofAll(int[] c) {
    return c[1] == 0 ? "-" : c[0] + " of " + c[1];
  }

  private double recallAtLeast(RiskLevel threshold) {
    int[] c = counts(threshold, RiskLevel.CRITICAL, threshold);
    return c[1] == 0 ? 1 : (double) c[0] / c[1];
  }

  /**
   * Texts of a gold level from {@code lowest} to {@code highest}: those predicted at least {@code
   * predicted}, and all of them.
   */
  private int[] counts(RiskLevel lowest, RiskLevel highest, RiskLevel predicted) {
    int hits = 0;
    int total = 0;
    for (RiskLevel gold : RiskLevel.values()) {
      if (!gold.isAtLeast(lowest) || gold.compareTo(highest) > 0) {
        continue;
      }
      for (RiskLevel p : RiskLevel.values()) {
        int n = confusion[gold.ordinal()][p.ordinal()];
        total += n;
        hits += p.isAtLeast(predicted) ? n : 0;
      }
    }
    return new int[] {hits, total};
  }

  private double[] levelPrf(RiskLevel level) {
    int tp = confusion[level.ordinal()][level.ordinal()];
    int predicted = 0;
    int gold = 0;
    for (RiskLevel other : RiskLevel.values()) {
      predicted += confusion[other.ordinal()][level.ordinal()];
      gold += confusion[level.ordinal()][other.ordinal()];
    }
    return prf(tp, predicted - tp, gold - tp);
  }

  private static double[] prf(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, tp + fn};
  }

  String table() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format("%-24s %9s %9s %9s %7s%n", "level", "precision", "recall", "F1", "gold"));
    for (RiskLevel l : RiskLevel.values()) {
      s.append(row(l.name(), levelPrf(l)));
    }
    s.append(
        String.format(
            "%n%-24s %9s %9s %9s %7s%n", "category", "precision", "recall", "F1", "gold"));
    categoryCounts.forEach((c, n) -> s.append(row(c.name(), prf(n[0], n[1], n[2]))));
    s.append(String.format("%nconfusion (rows gold, columns predicted)%n%-10s", ""));
    for (RiskLevel p : RiskLevel.values()) {
      s.append(String.format("%9s", p.name()));
    }
    for (RiskLevel g : RiskLevel.values()) {
      s.append(String.format("%n%-10s", g.name()));
      for (RiskLevel p : RiskLevel.values()) {
        s.append(String.format("%9d", confusion[g.ordinal()][p.ordinal()]));
      }
    }
    s.append(
        String.format(
            "%n%nrecall HIGH+ %.3f   recall MODERATE+ %.3f   false alarms on NONE %.3f%n",
            recallHighPlus(), recallModeratePlus(), falseAlarmRate()));
    return s.toString();
  }

  private static String row(String name, double[] prf) {
    return String.format(
        "%-24s %9.3f %9.3f %9.3f %7d%n", name, prf[0], prf[1], prf[2], (int) prf[3]);
  }

  String json() {
    JsonObjectBuilder levels = Json.createObjectBuilder();
    for (RiskLevel l : RiskLevel.values()) {
      levels.add(l.name(), prfJson(levelPrf(l)));
    }
    JsonObjectBuilder categories = Json.createObjectBuilder();
    categoryCounts.forEach((c, n) -> categories.add(c.name(), prfJson(prf(n[0], n[1], n[2]))));
    var matrix = Json.createArrayBuilder();
    for (int[] row : confusion) {
      var r = Json.createArrayBuilder();
      for (int n : row) {
        r.add(n);
      }
      matrix.add(r);
    }
    return Json.createObjectBuilder()
        .add("recallHighPlus", recallHighPlus())
        .add("recallModeratePlus", recallModeratePlus())
        .add("falseAlarmRateOnNone", falseAlarmRate())
        .add("levels", levels)
        .add("categories", categories)
        .add("confusion", matrix)
        .build()
        .toString();
  }

  private static JsonObjectBuilder prfJson(double[] prf) {
    return Json.createObjectBuilder()
        .add("precision", prf[0])
        .add("recall", prf[1])
        .add("f1", prf[2])
        .add("support", (int) prf[3]);
  }
}
