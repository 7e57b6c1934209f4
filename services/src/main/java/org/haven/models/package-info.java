/**
 * Where models run: the hardware this server has (OSHI), which ONNX Runtime execution provider
 * actually works on it (tried by creating a session, not read from a list), and the session
 * settings every model is loaded with.
 */
package org.haven.models;
