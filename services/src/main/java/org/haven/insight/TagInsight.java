package org.haven.insight;

/**
 * A tag: how often it is used and, once there are enough days with it and without it, the mean mood
 * on each kind of day. {@code meanMoodWith} and {@code meanMoodWithout} stay null below the
 * threshold; the day counts are always shown, so a reader sees how much the figures rest on.
 */
public record TagInsight(
    String tag,
    long entries,
    long daysWith,
    long daysWithout,
    Double meanMoodWith,
    Double meanMoodWithout) {}
