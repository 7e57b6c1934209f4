package org.haven.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One entry as it leaves Haven: what the person wrote and what Haven read in it. */
public record ExportedEntry(
    UUID id,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    Integer mood,
    boolean favorite,
    List<String> tags,
    String content,
    String riskLevel,
    String dominantEmotion,
    Double valence) {}
