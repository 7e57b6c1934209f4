package org.haven.support.gate;

import java.util.List;

/**
 * What a text must be checked against: whether crisis resources are required (MODERATE and up), the
 * resources the person's locale has, and how many passages the text may cite as [1]..[n].
 */
public record GateRequest(boolean resourcesRequired, List<String> resourceContacts, int passages) {

  public GateRequest {
    resourceContacts = List.copyOf(resourceContacts);
  }
}
