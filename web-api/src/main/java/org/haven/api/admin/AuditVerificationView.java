package org.haven.api.admin;

import org.haven.audit.AuditVerification;

/** The verifier's answer as JSON: {@code brokenAt} and {@code reason} are null when intact. */
public record AuditVerificationView(boolean intact, long checked, Long brokenAt, String reason) {

  static AuditVerificationView of(AuditVerification v) {
    return new AuditVerificationView(
        v.isIntact(), v.checked(), v.brokenAt().orElse(null), v.reason().orElse(null));
  }
}
