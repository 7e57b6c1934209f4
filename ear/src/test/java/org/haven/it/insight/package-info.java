/** Insights through the real server. */
package org.haven.it.insight;
