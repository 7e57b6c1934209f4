/**
 * Background work through the real server: the entry pipeline, re-analysis, search, the admin API.
 */
package org.haven.it.jobs;
