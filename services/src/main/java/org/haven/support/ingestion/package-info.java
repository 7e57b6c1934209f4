/**
 * Operators' own documents for the knowledge base (Markdown, plain text, PDF): streamed to disk,
 * deduplicated by hash, then cut into overlapping passages and embedded by a background job that
 * reports its progress and resumes where it stopped.
 */
package org.haven.support.ingestion;
