package org.haven.crisis.screening;

import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/** One match of a signal rule in a normalised text, at the severity its context allows. */
record Signal(
    SignalRule rule, RiskLevel severity, int start, int end, int sentence, String context) {

  CrisisCategory category() {
    return rule.category();
  }

  Signal raisedTo(RiskLevel level) {
    return new Signal(rule, severity.max(level), start, end, sentence, context);
  }

  boolean isUndiminished() {
    return context == null;
  }
}
