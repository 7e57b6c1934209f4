package org.haven.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Entries as RFC 4180 CSV. A cell a spreadsheet would run as a formula (starting with =, +, - or @)
 * gets a leading apostrophe, so opening one's export cannot run anything.
 */
final class CsvWriter {

  static final List<String> HEADER =
      List.of(
          "id",
          "created_at",
          "updated_at",
          "mood",
          "favorite",
          "tags",
          "risk_level",
          "dominant_emotion",
          "valence",
          "content");

  private CsvWriter() {}

  static String write(List<ExportedEntry> entries) {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (ExportedEntry e : entries) {
      csv.append(
              row(
                  e.id(),
                  e.createdAt(),
                  e.updatedAt(),
                  e.mood(),
                  e.favorite(),
                  String.join(";", e.tags()),
                  e.riskLevel(),
                  e.dominantEmotion(),
                  e.valence(),
                  e.content()))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String row(Object... cells) {
    return Arrays.stream(cells).map(CsvWriter::cell).collect(Collectors.joining(","));
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
