package org.haven.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.PassageJson;

/** One labelled retrieval query: a journal-like text, the domain that helps, and fair others. */
record RetrievalQuery(String id, String text, Domain domain, Set<Domain> alsoRelevant) {

  static List<RetrievalQuery> read(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> !l.isBlank())
        .map(RetrievalQuery::parse)
        .toList();
  }

  private static RetrievalQuery parse(String line) {
    JsonObject json = Json.createReader(new StringReader(line)).readObject();
    Set<Domain> also =
        json.containsKey("alsoRelevant")
            ? PassageJson.strings(json.getJsonArray("alsoRelevant")).stream()
                .map(Domain::valueOf)
                .collect(Collectors.toSet())
            : Set.of();
    return new RetrievalQuery(
        json.getString("id"),
        json.getString("text"),
        Domain.valueOf(json.getString("domain")),
        also);
  }
}
