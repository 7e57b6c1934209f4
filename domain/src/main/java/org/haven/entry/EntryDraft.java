package org.haven.entry;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.haven.shared.Require;

/**
 * What a person submits for an entry, checked against the journal's rules before it reaches an
 * aggregate. Tags are trimmed, lower-cased and de-duplicated in the order given.
 */
public record EntryDraft(String content, Integer mood, List<String> tags) {

  public static final int MAX_CONTENT_LENGTH = 20_000;
  public static final int MIN_MOOD = 1;
  public static final int MAX_MOOD = 10;
  public static final int MAX_TAGS = 20;
  public static final int MAX_TAG_LENGTH = 40;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");

  public EntryDraft {
    Require.text("content", content, MAX_CONTENT_LENGTH);
    Require.that(
        mood == null || (mood >= MIN_MOOD && mood <= MAX_MOOD),
        "mood",
        "mood must be between " + MIN_MOOD + " and " + MAX_MOOD);
    tags = normalise(tags);
  }

  private static List<String> normalise(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    List<String> cleaned =
        tags.stream()
            .map(tag -> tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    Require.that(cleaned.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags are allowed");
    for (String tag : cleaned) {
      Require.that(
          tag.length() <= MAX_TAG_LENGTH && TAG.matcher(tag).matches(),
          "tags",
          "each tag must be 1 to "
              + MAX_TAG_LENGTH
              + " letters, digits, spaces, '-' or '_', starting with a letter or digit");
    }
    return cleaned;
  }
}
