/** The first view a clinician sees: whether Haven and its database are healthy, and how busy. */
package org.haven.admin.status;
