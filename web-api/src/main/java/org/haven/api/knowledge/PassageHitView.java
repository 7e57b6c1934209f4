package org.haven.api.knowledge;

import java.util.List;
import org.haven.support.knowledge.Citation;
import org.haven.support.retrieval.Hit;

/** A passage found by a search, with its similarity and sources. */
public record PassageHitView(
    String key, String title, String domain, double score, String text, List<Citation> sources) {

  static PassageHitView of(Hit hit) {
    var p = hit.passage();
    return new PassageHitView(
        p.key(),
        p.title(),
        p.domain().name(),
        Math.round(hit.score() * 1000) / 1000.0,
        p.text(),
        p.citations());
  }
}
