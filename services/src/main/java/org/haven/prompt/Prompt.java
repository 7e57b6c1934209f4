package org.haven.prompt;

import java.util.Set;
import org.haven.emotion.Emotion;
import org.haven.emotion.pattern.PatternKind;

/** A prompt of the library and what it fits. */
public record Prompt(
    String id,
    String text,
    String technique,
    Set<Emotion> emotions,
    Set<PatternKind> patterns,
    boolean safeInCrisis) {}
