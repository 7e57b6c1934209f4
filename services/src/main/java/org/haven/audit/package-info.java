/**
 * The tamper-evident audit trail: who did what to which object, by id, appended to a hash chain in
 * the same transaction as the action, and a verifier that names the first broken link.
 */
package org.haven.audit;
