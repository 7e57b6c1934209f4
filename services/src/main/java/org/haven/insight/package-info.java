/**
 * A person's insights into their own journaling: writing statistics and streaks, mood and emotion
 * trends by day, week or month, tag frequencies, and how tags go with mood once there is enough
 * data. Aggregated in SQL (no entry is opened), cached sealed, recomputed when entries change.
 */
package org.haven.insight;
