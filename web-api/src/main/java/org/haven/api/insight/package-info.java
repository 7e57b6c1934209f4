/** Insights into the caller's own journaling. */
package org.haven.api.insight;
