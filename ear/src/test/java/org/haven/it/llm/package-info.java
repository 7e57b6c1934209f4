/** Support worded by the LLM, against an Ollama-compatible stub, and what happens when it fails. */
package org.haven.it.llm;
