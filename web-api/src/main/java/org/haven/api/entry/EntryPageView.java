package org.haven.api.entry;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.haven.entry.control.EntryPage;
import org.haven.entry.control.PageCursor;

/** A page of entries, newest first; {@code nextCursor} is absent on the last page. */
@JsonbPropertyOrder({"items", "nextCursor"})
public record EntryPageView(List<EntryView> items, String nextCursor) {

  static EntryPageView of(EntryPage page) {
    return new EntryPageView(
        page.entries().stream().map(EntryView::of).toList(),
        page.next().map(PageCursor::encode).orElse(null));
  }
}
