package org.haven.crisis.screening;

import java.util.List;
import org.haven.crisis.screening.RuleScreener.Escalation;

/**
 * What the floor found in one text, before it is turned into an assessment; {@code benign} are risk
 * words the rules read as harmless (an idiom, a lowered signal), {@code negated} the signals they
 * read as denied, {@code cues} the fiction, study and past cues they found.
 */
record Screened(
    NormalisedText text,
    List<Signal> signals,
    List<Escalation> escalations,
    List<int[]> protective,
    List<int[]> benign,
    List<int[]> negated,
    List<int[]> cues) {}
