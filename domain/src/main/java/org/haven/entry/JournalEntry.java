package org.haven.entry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.haven.shared.PrivateText;
import org.haven.shared.Words;

/**
 * One journal entry, owned by exactly one account. The aggregate root of the journal: content, mood
 * and tags only change through {@link #revise}, and every change moves {@code updatedAt}.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

  @Id private UUID id;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "content_sealed", nullable = false)
  private PrivateText content;

  private Integer mood;

  // Kept beside the sealed text so writing statistics need not open any entry.
  @Column(name = "word_count")
  private Integer wordCount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "journal_entry_tag", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  @Column(name = "tag")
  private List<String> tags = new ArrayList<>();

  private boolean favorite;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected JournalEntry() {}

  private JournalEntry(UUID ownerId, EntryDraft draft, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.createdAt = Objects.requireNonNull(at, "at");
    apply(draft, at);
  }

  public static JournalEntry write(UUID ownerId, EntryDraft draft, OffsetDateTime at) {
    return new JournalEntry(ownerId, draft, at);
  }

  public void revise(EntryDraft draft, OffsetDateTime at) {
    apply(draft, at);
  }

  public void markFavorite(boolean favorite, OffsetDateTime at) {
    this.favorite = favorite;
    this.updatedAt = at;
  }

  public boolean isOwnedBy(UUID accountId) {
    return ownerId.equals(accountId);
  }

  private void apply(EntryDraft draft, OffsetDateTime at) {
    Objects.requireNonNull(draft, "draft");
    this.content = new PrivateText(sealedFor(), draft.content());
    this.wordCount = Words.in(draft.content());
    this.mood = draft.mood();
    this.tags = new ArrayList<>(draft.tags());
    this.updatedAt = at;
  }

  @PostLoad
  void checkContentWasSealedForThisEntry() {
    content.requireSubject(sealedFor());
  }

  private String sealedFor() {
    return "journal_entry/" + id;
  }

  public UUID id() {
    return id;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String content() {
    return content.text();
  }

  public Integer mood() {
    return mood;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public boolean favorite() {
    return favorite;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
