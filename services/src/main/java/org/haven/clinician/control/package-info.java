/**
 * The care team's accounts: making sure a first administrator exists, and counting who is enrolled.
 */
package org.haven.clinician.control;
