/**
 * Who may use the console: clinician sign-in against the clinician table, role checks on every view
 * (enforced by Vaadin's navigation access control, not by hiding buttons) and sign-out.
 */
package org.haven.admin.security;
