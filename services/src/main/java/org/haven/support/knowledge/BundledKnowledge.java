package org.haven.support.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The knowledge base Haven ships: {@code knowledge/base/<domain>.jsonl}, one passage a line. */
public final class BundledKnowledge {

  private static final String FOLDER = "knowledge/base/";

  private BundledKnowledge() {}

  public static List<Passage> passages() {
    List<Passage> passages = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      passages.addAll(read(domain));
    }
    return passages;
  }

  private static List<Passage> read(Domain domain) {
    String resource = FOLDER + domain.fileName();
    InputStream in = BundledKnowledge.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("No knowledge file at " + resource);
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Passage> passages = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          Passage passage = PassageJson.passage(line);
          if (passage.domain() != domain) {
            throw new IllegalStateException(passage.key() + " is not in " + domain);
          }
          passages.add(passage);
        }
      }
      return passages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
