/** The people who work the crisis-review queue in the admin console, and their roles. */
package org.haven.clinician;
