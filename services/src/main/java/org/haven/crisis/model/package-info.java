/**
 * The learned layer of crisis screening: in-process MiniLM sentence embeddings and the text's words
 * ({@link org.haven.crisis.model.Lexicon}), read by classifiers trained by {@code haven-cli train}
 * from the project's corpus, exported as one ONNX graph and run by ONNX Runtime. It can only raise
 * what the rule floor decided, never lower it.
 */
package org.haven.crisis.model;
