package org.haven.support;

/** PENDING: the template is shown while the LLM words a reply. READY: this is the final support. */
public enum SupportStatus {
  PENDING,
  READY
}
