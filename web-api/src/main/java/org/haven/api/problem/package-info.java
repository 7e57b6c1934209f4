/**
 * RFC 9457 problem details: every error this API answers with, mapped in one place, with a stable
 * {@code type} per case and never an internal message or stack trace.
 */
package org.haven.api.problem;
