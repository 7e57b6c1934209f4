package org.haven.support.retrieval;

import org.haven.support.knowledge.Passage;

/** A passage found for a query, with its cosine similarity to it. */
public record Hit(Passage passage, double score) {}
