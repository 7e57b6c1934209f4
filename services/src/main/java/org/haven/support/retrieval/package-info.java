/**
 * Finding the passages nearest in meaning to an entry: exact cosine search over MiniLM vectors kept
 * in memory and persisted in the database, filtered by domain and contraindication.
 */
package org.haven.support.retrieval;
