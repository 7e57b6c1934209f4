/**
 * Patterns across a person's recent entries (rumination, self-criticism, gratitude, numbness,
 * ambivalence, escalation): cues found in each entry as it is written, and the patterns they make
 * over a window of days, each with the entries that show it.
 */
package org.haven.emotion.pattern;
