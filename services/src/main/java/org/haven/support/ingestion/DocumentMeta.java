package org.haven.support.ingestion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.haven.support.knowledge.Citation;
import org.haven.support.knowledge.Contraindication;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.PassageJson;

/**
 * What an operator says about a document: its name and type, its domain, a title for its passages,
 * the source they cite, and the situations in which they must not be offered.
 */
public record DocumentMeta(
    String name,
    String mediaType,
    Domain domain,
    String title,
    Citation citation,
    Set<Contraindication> contraindications) {

  public DocumentMeta {
    contraindications = Set.copyOf(contraindications);
  }

  String json() {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("citation", PassageJson.citationArray(List.of(citation)).get(0))
        .add("contraindications", PassageJson.array(contraindications))
        .build()
        .toString();
  }

  static DocumentMeta of(String name, String mediaType, Domain domain, String json) {
    JsonObject meta = Json.createReader(new StringReader(json)).readObject();
    return new DocumentMeta(
        name,
        mediaType,
        domain,
        meta.getString("title"),
        PassageJson.citations(Json.createArrayBuilder().add(meta.get("citation")).build()).get(0),
        PassageJson.contraindications(meta.getJsonArray("contraindications")));
  }
}
