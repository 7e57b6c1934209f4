package org.haven.emotion.pattern;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.haven.emotion.Emotion;

/** What pattern finding reads of one entry: when, its dominant emotion, valence and cues. */
public record EntryMood(
    UUID entryId, OffsetDateTime writtenAt, Emotion dominant, double valence, Set<Cue> cues) {}
