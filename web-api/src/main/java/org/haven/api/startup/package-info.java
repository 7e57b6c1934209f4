/** What must happen, in order, before Haven serves its first request. */
package org.haven.api.startup;
