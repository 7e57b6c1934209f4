package org.haven.job;

/**
 * How far a long job has come: items done of a total, and where to go on from (a handler's own
 * cursor, such as the last id it processed), saved with each step's work.
 */
public record Progress(long done, long total, String cursor) {

  public static final Progress NONE = new Progress(0, 0, null);
}
