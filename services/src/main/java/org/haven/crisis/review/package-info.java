/**
 * The crisis-review queue: entries at or above the review level open or update a case for the
 * person and concern, with a due time from the configured response targets.
 */
package org.haven.crisis.review;
