package org.haven.crisis.screening;

import java.util.List;
import java.util.Map;

/** The reviewed, versioned rules of the deterministic floor, for all languages together. */
record RuleBook(
    String version,
    Map<String, String> slang,
    ContextCues cues,
    List<SignalRule> signals,
    List<EscalationRule> escalations) {}
