package org.haven.api.knowledge;

import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.haven.api.problem.Problem;
import org.haven.api.problem.ProblemType;
import org.haven.shared.DomainRuleViolation;
import org.haven.shared.Require;
import org.haven.support.ingestion.DocumentMeta;
import org.haven.support.knowledge.Citation;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;

/** Reads an upload's query parameters into a document's metadata, refusing what is not valid. */
final class DocumentQuery {

  private DocumentQuery() {}

  static DocumentMeta meta(
      String contentType,
      String name,
      String domain,
      String title,
      String authors,
      String year,
      String source,
      String contraindications) {
    String document = Require.text("name", name, 200);
    return new DocumentMeta(
        document,
        Require.text("Content-Type", contentType, 100),
        domain(Require.text("domain", domain, 40)),
        title == null || title.isBlank() ? document : Require.text("title", title, 300),
        new Citation(
            authors == null || authors.isBlank()
                ? "Operator document"
                : Require.text("authors", authors, 300),
            year == null ? null : year(year),
            title == null || title.isBlank() ? document : title,
            source == null || source.isBlank() ? null : Require.text("source", source, 300)),
        situations(contraindications));
  }

  static Domain domain(String value) {
    try {
      return Domain.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          "domain", "domain must be one of " + Arrays.toString(Domain.values()));
    }
  }

  private static Integer year(String value) {
    try {
      int year = Integer.parseInt(value.strip());
      Require.that(year > 1800 && year < 2200, "year", "year must be a publication year");
      return year;
    } catch (NumberFormatException e) {
      throw new DomainRuleViolation("year", "year must be a number");
    }
  }

  private static Set<Contraindication> situations(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    try {
      return Arrays.stream(list.split(","))
          .map(String::strip)
          .map(Contraindication::valueOf)
          .collect(Collectors.toSet());
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          "contraindications",
          "contraindications must be among " + Arrays.toString(Contraindication.values()));
    }
  }

  static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  static WebApplicationException notFound() {
    return new WebApplicationException(
        Problem.of(ProblemType.NOT_FOUND, "No such knowledge document").toResponse());
  }
}
