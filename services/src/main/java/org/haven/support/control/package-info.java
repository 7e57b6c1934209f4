/**
 * Support as a use case: planned and written as a template in the entry's own transaction, then
 * worded by the LLM in a background job, gated, stored sealed, and streamed to whoever follows it.
 */
package org.haven.support.control;
