/**
 * The learned layer of crisis screening: in-process MiniLM sentence embeddings and a classifier
 * trained by {@code haven-cli train} from the project's corpus, exported to ONNX and run by ONNX
 * Runtime. It can only raise what the rule floor decided, never lower it.
 */
package org.haven.crisis.model;
