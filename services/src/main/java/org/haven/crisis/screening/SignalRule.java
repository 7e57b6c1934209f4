package org.haven.crisis.screening;

import org.haven.crisis.CrisisCategory;
import org.haven.crisis.RiskLevel;

/**
 * A rule that finds a signal of one category at one level. A contextual rule yields to context
 * (negation, someone else, fiction, the long past); one that already encodes its context ("I can't
 * keep myself safe") does not. A rule that is not {@code negatable} carries its own negation ("I
 * don't want to live"): a negation cue before it does not cancel it, but the rest of the context
 * still counts ("my protagonist doesn't want to live" is fiction). A rule about the writer's own
 * risk is lowered when someone else is the subject; one about harm done to the writer ("he hits
 * me") is not. {@code everydayPurpose} names ordinary reasons that, in the same or a neighbouring
 * sentence, make an act look like what it usually is (giving clothes to a charity shop, a will
 * after a birth).
 */
record SignalRule(
    String id,
    CrisisCategory category,
    RiskLevel level,
    double confidence,
    boolean contextual,
    boolean negatable,
    boolean aboutTheWriter,
    AnchoredPattern pattern,
    AnchoredPattern everydayPurpose) {}
