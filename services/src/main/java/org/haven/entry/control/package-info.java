/** The journal's use cases: writing, reading, paging, revising and deleting one's own entries. */
package org.haven.entry.control;
