/**
 * Emotion analysis: Plutchik's eight emotions and neutral, scored per sentence by a classifier over
 * sentence embeddings (trained by {@code haven-cli train-emotions}, run by ONNX Runtime).
 */
package org.haven.emotion;
