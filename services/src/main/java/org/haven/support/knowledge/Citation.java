package org.haven.support.knowledge;

/** A published source a passage summarises, as a reader would look it up. */
public record Citation(String authors, Integer year, String title, String source) {

  /** Author (year). Title. Source. — without the parts an operator's document did not give. */
  public String formatted() {
    StringBuilder text = new StringBuilder(authors);
    if (year != null) {
      text.append(" (").append(year).append(')');
    }
    text.append(". ").append(title).append('.');
    if (source != null && !source.isBlank()) {
      text.append(' ').append(source).append('.');
    }
    return text.toString();
  }
}
