package org.haven.support.knowledge;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Passages, their tags and their citations as the bundled files and the database hold them. */
public final class PassageJson {

  private PassageJson() {}

  public static Passage passage(JsonObject json) {
    return new Passage(
        json.getString("id"),
        json.getString("title"),
        Domain.valueOf(json.getString("domain")),
        strings(json.getJsonArray("techniques")),
        EvidenceLevel.valueOf(json.getString("evidenceLevel")),
        contraindications(json.getJsonArray("contraindications")),
        json.getString("text"),
        citations(json.getJsonArray("citations")),
        json.containsKey("situations") ? strings(json.getJsonArray("situations")) : List.of());
  }

  public static Passage passage(String line) {
    return passage(Json.createReader(new StringReader(line)).readObject());
  }

  public static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  public static Set<Contraindication> contraindications(JsonArray array) {
    Set<Contraindication> set = EnumSet.noneOf(Contraindication.class);
    strings(array).forEach(c -> set.add(Contraindication.valueOf(c)));
    return set;
  }

  public static List<Citation> citations(JsonArray array) {
    return array.getValuesAs(JsonObject.class).stream().map(PassageJson::citation).toList();
  }

  private static Citation citation(JsonObject c) {
    JsonValue year = c.get("year");
    return new Citation(
        c.getString("authors"),
        year instanceof JsonNumber n ? n.intValue() : null,
        c.getString("title"),
        c.getString("source", null));
  }

  public static JsonArray array(Iterable<?> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(v -> array.add(String.valueOf(v)));
    return array.build();
  }

  public static JsonArray citationArray(List<Citation> citations) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Citation c : citations) {
      var object = Json.createObjectBuilder().add("authors", c.authors()).add("title", c.title());
      if (c.year() != null) {
        object.add("year", c.year());
      }
      if (c.source() != null) {
        object.add("source", c.source());
      }
      array.add(object);
    }
    return array.build();
  }

  public static JsonArray parseArray(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }
}
