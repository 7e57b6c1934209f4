package org.haven.shared;

import java.util.Objects;

/**
 * Health data that is only ever stored sealed: journal text, assessment evidence, case notes. The
 * subject names the stored object it belongs to ({@code journal_entry/<id>}); the persistence layer
 * seals the text with the subject as associated data, and the owning entity checks on load that
 * what it read was sealed for it. {@link #toString} never shows the text.
 */
public record PrivateText(String subject, String text) {

  public PrivateText {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }

  /** Refuses text that was sealed for another object and copied here. */
  public PrivateText requireSubject(String expected) {
    if (!subject.equals(expected)) {
      throw new IllegalStateException("Sealed text of " + subject + " found on " + expected);
    }
    return this;
  }

  @Override
  public String toString() {
    return "PrivateText[" + subject + ", " + text.length() + " chars]";
  }
}
