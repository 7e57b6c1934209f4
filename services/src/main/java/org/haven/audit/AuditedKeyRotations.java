package org.haven.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.haven.platform.crypto.KeyRotation.KeyRotated;
import org.haven.platform.crypto.Reencryption;

/** Every new primary data key and every finished re-encryption leaves a record, by key id. */
@ApplicationScoped
public class AuditedKeyRotations {

  @Inject AuditLog audit;

  void onReencryption(@Observes Reencryption.Finished done) {
    audit.record("system", AuditAction.REENCRYPTION_FINISHED, "key/" + done.targetKey());
  }

  void onRotation(@Observes KeyRotated rotated) {
    audit.record(rotated.actor(), AuditAction.KEY_ROTATED, "key/" + rotated.primary());
  }
}
