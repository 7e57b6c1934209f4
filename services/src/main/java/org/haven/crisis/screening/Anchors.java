package org.haven.crisis.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The literal letters every match of a rule pattern must begin with, read from the pattern itself,
 * so the screener tries a pattern only where the text starts that way. A pattern whose beginning is
 * not a plain word (or a group of plain-word alternatives) has no anchors and is tried everywhere:
 * an anchor can only ever skip places where the pattern cannot match.
 */
final class Anchors {

  private static final String WORD_START = "\\b";
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private Anchors() {}

  /** The possible leading literals of a pattern, or empty when they cannot be known. */
  static Optional<List<String>> of(String pattern) {
    List<String> branches = topLevelBranches(pattern);
    if (branches.size() > 1) {
      List<String> anchors = new ArrayList<>();
      for (String branch : branches) {
        Optional<List<String>> own = of(branch);
        if (own.isEmpty()) {
          return Optional.empty();
        }
        anchors.addAll(own.get());
      }
      return Optional.of(anchors);
    }
    if (!pattern.startsWith(WORD_START)) {
      return Optional.empty();
    }
    String rest = pattern.substring(WORD_START.length());
    if (!rest.startsWith("(?:")) {
      return leading(rest).map(List::of);
    }
    int close = closingParen(rest);
    if (close < 0 || (close + 1 < rest.length() && "?*{".indexOf(rest.charAt(close + 1)) >= 0)) {
      return Optional.empty();
    }
    List<String> anchors = new ArrayList<>();
    for (String branch : topLevelBranches(rest.substring(3, close))) {
      if (branch.startsWith("\\d")) {
        DIGITS.forEach(anchors::add);
        continue;
      }
      Optional<String> literal = leading(branch);
      if (literal.isEmpty()) {
        return Optional.empty();
      }
      anchors.add(literal.get());
    }
    return Optional.of(anchors);
  }

  /**
   * Leading letters, apostrophes and spaces ("i want" rather than "i", so that "in" and "it" are
   * not tried), stopping before any character a quantifier makes optional.
   */
  private static Optional<String> leading(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      // A match that starts with a non-word character ("'ll") starts between words.
      return Optional.empty();
    }
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != ' ') {
        break;
      }
      boolean quantified = i + 1 < s.length() && "?*{".indexOf(s.charAt(i + 1)) >= 0;
      if (quantified) {
        break;
      }
      literal.append(c);
    }
    return literal.length() == 0 ? Optional.empty() : Optional.of(literal.toString());
  }

  private static int closingParen(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> topLevelBranches(String group) {
    List<String> branches = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < group.length(); i++) {
      char c = group.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        branches.add(group.substring(start, i));
        start = i + 1;
      }
    }
    branches.add(group.substring(start));
    return branches;
  }
}
