package org.haven.tools;

import java.util.List;
import java.util.Locale;
import org.haven.emotion.Emotion;

/**
 * Predictions against labels over the nine emotions: the confusion matrix, per-emotion precision,
 * recall and F1, and their unweighted mean (macro-F1), written as Markdown.
 */
final class EmotionEvaluation {

  private static final Emotion[] ALL = Emotion.values();
  private final int[][] confusion = new int[ALL.length][ALL.length];
  private int total;

  void add(Emotion expected, Emotion predicted) {
    confusion[expected.ordinal()][predicted.ordinal()]++;
    total++;
  }

  double precision(Emotion e) {
    int predicted = 0;
    for (int[] row : confusion) {
      predicted += row[e.ordinal()];
    }
    return predicted == 0 ? 0 : (double) confusion[e.ordinal()][e.ordinal()] / predicted;
  }

  double recall(Emotion e) {
    int actual = 0;
    for (int count : confusion[e.ordinal()]) {
      actual += count;
    }
    return actual == 0 ? 0 : (double) confusion[e.ordinal()][e.ordinal()] / actual;
  }

  double f1(Emotion e) {
    double p = precision(e);
    double r = recall(e);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double macroF1() {
    return List.of(ALL).stream().mapToDouble(this::f1).average().orElse(0);
  }

  double accuracy() {
    int right = 0;
    for (Emotion e : ALL) {
      right += confusion[e.ordinal()][e.ordinal()];
    }
    return total == 0 ? 0 : (double) right / total;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| emotion | precision | recall | F1 |\n|---|---|---|---|\n");
    for (Emotion e : ALL) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %.3f | %.3f |%n",
              e.label(),
              precision(e),
              recall(e),
              f1(e)));
    }
    md.append(String.format(Locale.ROOT, "| **macro** | | | **%.3f** |%n", macroF1()));
    md.append("\nConfusion matrix (rows: labelled, columns: predicted)\n\n| |");
    for (Emotion e : ALL) {
      md.append(' ').append(e.label()).append(" |");
    }
    md.append("\n|---|").append("---|".repeat(ALL.length)).append('\n');
    for (Emotion e : ALL) {
      md.append("| ").append(e.label()).append(" |");
      for (int count : confusion[e.ordinal()]) {
        md.append(' ').append(count).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
