package org.haven.admin.queue;

import java.util.List;
import org.haven.crisis.review.QueueFilter;
import org.haven.crisis.review.QueueRow;

/** What the queue view reads: the cases a filter selects, and who can be assigned one. */
public interface QueueBoard {

  List<QueueRow> rows(QueueFilter filter);

  List<String> caseWorkers();
}
