package org.haven.api.entry;

import java.util.List;
import org.haven.entry.EntryDraft;

/**
 * What a client sends to write or revise an entry. {@code version} is an alternative to If-Match;
 * {@code locale} ("en-GB") chooses the language and country of any crisis resources in the reply.
 */
public record EntryBody(
    String content, Integer mood, List<String> tags, Long version, String locale) {

  EntryDraft toDraft() {
    return new EntryDraft(content, mood, tags);
  }
}
