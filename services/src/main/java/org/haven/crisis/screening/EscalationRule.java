package org.haven.crisis.screening;

import java.util.Set;
import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/**
 * A marker that raises a signal already found (a plan, means at hand, a time) but means nothing
 * alone: "tomorrow" is only alarming next to "I want to die". {@code nearby} limits it to the same
 * or the next sentence; otherwise anywhere in the text counts.
 */
record EscalationRule(
    String id,
    RiskLevel raiseTo,
    Set<CrisisCategory> when,
    boolean nearby,
    AnchoredPattern pattern) {}
