/**
 * Support after an entry: an intervention chosen from the assessment and the emotions, passages
 * retrieved from the knowledge base, vetted template text at once, and LLM wording later when the
 * LLM is available and its text passes the safety gate.
 */
package org.haven.support;
