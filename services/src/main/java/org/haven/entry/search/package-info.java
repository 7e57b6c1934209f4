/**
 * Search over one's own entries by meaning: each entry's vector, made in the background after it is
 * written and kept sealed, ranked by cosine similarity to the query's.
 */
package org.haven.entry.search;
