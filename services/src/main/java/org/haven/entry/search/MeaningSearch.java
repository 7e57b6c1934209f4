package org.haven.entry.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.haven.crisis.model.SentenceEmbedder;
import org.haven.crisis.model.TextMeaning;
import org.haven.platform.crypto.Keyring;

/**
 * Ranks one person's entries by closeness in meaning to a query. Exact search: every vector of the
 * person is opened and compared, which stays fast at one person's scale (thousands of entries).
 */
@ApplicationScoped
public class MeaningSearch {

  @Resource(lookup = "jdbc/haven")
  DataSource dataSource;

  @Inject Keyring keyring;

  @Inject Instance<SentenceEmbedder> embedder;

  private final EntryVectors vectors = new EntryVectors();

  @Transactional
  public List<Match> search(UUID owner, String query, int limit) {
    float[] wanted = TextMeaning.normalised(embedder.get().embed(query));
    List<EntryVectors.Sealed> stored;
    try (Connection c = dataSource.getConnection()) {
      stored = vectors.ofOwner(c, owner);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read entry vectors", e);
    }
    return stored.stream()
        .map(
            s -> {
              byte[] plain = keyring.open(s.vector(), EntryVectors.subject(s.entryId()));
              return new Match(
                  s.entryId(), TextMeaning.similarity(wanted, TextMeaning.floats(plain)));
            })
        .sorted(Comparator.comparingDouble(Match::similarity).reversed())
        .limit(limit)
        .toList();
  }

  /** An entry and its cosine similarity to the query, from -1 to 1. */
  public record Match(UUID entryId, double similarity) {}
}
