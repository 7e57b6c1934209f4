/**
 * Token-bucket rate limits (Bucket4j) kept in the rate-limits cache, so every server of a cluster
 * counts against the same buckets: per account, per client address, stricter on sign-in and on
 * anything that calls the language model.
 */
package org.haven.platform.ratelimit;
