package org.haven.emotion.pattern;

import java.util.List;
import java.util.UUID;

/**
 * A pattern found across recent entries: what it is, a plain description for the person, and the
 * entries that show it (oldest first).
 */
public record EmotionPattern(PatternKind pattern, String description, List<UUID> entries) {}
