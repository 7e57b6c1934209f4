package org.haven.support;

import java.util.List;
import org.haven.support.knowledge.Citation;
import org.haven.support.knowledge.Domain;
import org.haven.support.knowledge.EvidenceLevel;

/** A passage the support text cites as [number], and the published sources behind it. */
public record SupportCitation(
    int number,
    String passage,
    String title,
    Domain domain,
    EvidenceLevel evidence,
    List<Citation> sources) {

  public SupportCitation {
    sources = List.copyOf(sources);
  }
}
