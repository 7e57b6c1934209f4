package org.haven.emotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.emotion.pattern.Cue;

/**
 * The stored emotion profile of one entry: dominant emotion, valence and arousal queryable for
 * trends; the full profile (scores, bands, sentences) as the JSON the API returns.
 */
@Entity
@Table(name = "entry_emotion")
public class EntryEmotion {

  @Id
  @Column(name = "entry_id")
  private UUID entryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Emotion dominant;

  @Column(nullable = false)
  private double valence;

  @Column(nullable = false)
  private double arousal;

  @Column(nullable = false)
  private String profile;

  @Column(nullable = false)
  private String cues;

  @Column(nullable = false)
  private String model;

  @Column(name = "analysed_at", nullable = false)
  private OffsetDateTime analysedAt;

  protected EntryEmotion() {}

  EntryEmotion(UUID entryId, EmotionProfile p, String profileJson, OffsetDateTime at) {
    this.entryId = entryId;
    this.dominant = p.dominant();
    this.valence = p.valence();
    this.arousal = p.arousal();
    this.profile = profileJson;
    this.cues = joined(p.cues());
    this.model = p.model();
    this.analysedAt = at;
  }

  void replaceWith(EmotionProfile p, String profileJson, OffsetDateTime at) {
    this.dominant = p.dominant();
    this.valence = p.valence();
    this.arousal = p.arousal();
    this.profile = profileJson;
    this.cues = joined(p.cues());
    this.model = p.model();
    this.analysedAt = at;
  }

  /** Cue names as stored, comma-separated; {@link #cuesOf} reads them back. */
  private static String joined(Set<Cue> cues) {
    return cues.stream().map(Cue::name).sorted().collect(Collectors.joining(","));
  }

  static Set<Cue> cuesOf(String stored) {
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    for (String name : stored.split(",")) {
      if (!name.isBlank()) {
        cues.add(Cue.valueOf(name));
      }
    }
    return cues;
  }

  public String profileJson() {
    return profile;
  }
}
