package org.haven.entry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.entry.JournalEntry;
import org.haven.shared.Require;

/**
 * Finds a person's entries that contain every word of a query. The database holds journal text only
 * sealed, so it cannot search it; the application opens the person's own entries, newest first, and
 * matches here. Each call reads at most {@code haven.entry.search.max-scanned} entries and answers
 * a cursor to go on from, so one request never decrypts a whole journal.
 */
@ApplicationScoped
public class JournalSearch {

  static final int MAX_QUERY_LENGTH = 200;
  private static final int BATCH = EntryPage.MAX_LIMIT;

  @Inject Journal journal;

  @Inject
  @ConfigProperty(name = "haven.entry.search.max-scanned", defaultValue = "2000")
  int maxScanned;

  public EntryPage search(UUID owner, String query, Optional<PageCursor> after, int limit) {
    List<String> words = words(Require.text("q", query, MAX_QUERY_LENGTH));
    List<JournalEntry> found = new ArrayList<>();
    Optional<PageCursor> cursor = after;
    int scanned = 0;
    while (found.size() < limit && scanned < maxScanned) {
      EntryPage batch = journal.page(owner, cursor, Math.min(BATCH, maxScanned - scanned));
      for (JournalEntry entry : batch.entries()) {
        scanned++;
        cursor = Optional.of(new PageCursor(entry.createdAt(), entry.id()));
        if (containsAll(entry.content(), words)) {
          found.add(entry);
          if (found.size() == limit) {
            return new EntryPage(found, cursor);
          }
        }
      }
      if (batch.next().isEmpty()) {
        return new EntryPage(found, Optional.empty());
      }
    }
    return new EntryPage(found, cursor);
  }

  private static List<String> words(String query) {
    return Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static boolean containsAll(String text, List<String> words) {
    String folded = fold(text);
    return words.stream().allMatch(folded::contains);
  }

  /** Case and compatibility forms folded, so "Café" finds "cafe" written as "CAFÉ". */
  private static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
