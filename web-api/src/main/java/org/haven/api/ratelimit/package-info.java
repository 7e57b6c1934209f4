/** Rate limits at the API's edge: buckets per client address and account, 429 with Retry-After. */
package org.haven.api.ratelimit;
