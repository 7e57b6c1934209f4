/** The clinician console: a Vaadin Flow application served under /admin. */
package org.haven.admin;
