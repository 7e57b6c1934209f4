package org.haven.crisis.screening;

import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/**
 * A rule that finds a signal of one category at one level. A contextual rule yields to context
 * (negation, someone else, fiction, the long past); one that already encodes its context ("I don't
 * want to live") does not. A rule about the writer's own risk is lowered when someone else is the
 * subject; one about harm done to the writer ("he hits me") is not. {@code everydayPurpose} names
 * ordinary reasons that, in the same or a neighbouring sentence, make an act look like what it
 * usually is (giving clothes to a charity shop, a will after a birth).
 */
record SignalRule(
    String id,
    CrisisCategory category,
    RiskLevel level,
    double confidence,
    boolean contextual,
    boolean aboutTheWriter,
    AnchoredPattern pattern,
    AnchoredPattern everydayPurpose) {}
