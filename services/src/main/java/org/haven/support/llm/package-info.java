/**
 * The LLM behind a CDI boundary: LangChain4j's Ollama client, with MicroProfile Fault Tolerance
 * owning timeout, retry, circuit breaker and bulkhead, and a chat memory per person and
 * conversation kept sealed in the cache.
 */
package org.haven.support.llm;
