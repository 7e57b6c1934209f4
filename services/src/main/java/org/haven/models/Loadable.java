package org.haven.models;

import java.util.function.Supplier;

/**
 * A model version a slot can load, and load again after the memory budget unloaded it.
 *
 * @param label {@code name@version}, for reports
 * @param provider the execution provider it runs on
 * @param bytes the artifact's size, which the budget counts as the memory it takes once loaded
 * @param load reads, verifies and loads the artifact; throws if it cannot
 */
public record Loadable<M>(String label, String provider, long bytes, Supplier<M> load) {}
