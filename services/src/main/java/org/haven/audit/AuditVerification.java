package org.haven.audit;

import java.util.Optional;

/** What the verifier found: how many records it checked and, if any, the first broken link. */
public record AuditVerification(long checked, Optional<Long> brokenAt, Optional<String> reason) {

  public static AuditVerification intact(long checked) {
    return new AuditVerification(checked, Optional.empty(), Optional.empty());
  }

  public static AuditVerification broken(long checked, long seq, String reason) {
    return new AuditVerification(checked, Optional.of(seq), Optional.of(reason));
  }

  public boolean isIntact() {
    return brokenAt.isEmpty();
  }
}
