package org.haven.insight;

import java.time.LocalDate;

/** Writing statistics: totals, days written on, and streaks of consecutive days. */
public record WritingSummary(
    long entries,
    long words,
    long daysWritten,
    int currentStreak,
    int longestStreak,
    LocalDate firstDay,
    LocalDate lastDay) {}
