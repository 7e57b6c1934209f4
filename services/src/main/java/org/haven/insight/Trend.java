package org.haven.insight;

import java.time.LocalDate;
import java.util.Map;

/**
 * One period of a trend: how many entries and words, the mean mood (1–10, of entries that gave
 * one), the mean valence (of entries whose emotions were read), and how often each emotion
 * dominated.
 */
public record Trend(
    LocalDate period,
    long entries,
    long words,
    Double meanMood,
    Double meanValence,
    Map<String, Long> dominantEmotions) {}
