package org.haven.admin.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.haven.clinician.Clinician;
import org.haven.clinician.control.StaffDirectory;
import org.haven.crisis.review.CaseQueue;
import org.haven.crisis.review.QueueFilter;
import org.haven.crisis.review.QueueRow;

/** The queue board over the database. */
@ApplicationScoped
public class ReviewQueueBoard implements QueueBoard {

  @Inject CaseQueue queue;

  @Inject StaffDirectory staff;

  @Override
  public List<QueueRow> rows(QueueFilter filter) {
    return queue.rows(filter);
  }

  @Override
  public List<String> caseWorkers() {
    return staff.caseWorkers().stream().map(Clinician::username).toList();
  }
}
