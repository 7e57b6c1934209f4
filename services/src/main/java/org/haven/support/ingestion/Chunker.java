package org.haven.support.ingestion;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Cuts a text read from a stream into passages of about {@code size} characters, each starting
 * {@code overlap} characters before the previous one ended, and ending at a word boundary where
 * there is one. Holds one passage's worth of text at a time, whatever the document's length.
 */
final class Chunker {

  private final Reader in;
  private final int size;
  private final int overlap;
  private final StringBuilder window = new StringBuilder();
  private final char[] buffer = new char[4096];
  private long windowStart;
  private boolean ended;

  /** Reads {@code in} from {@code offset}: the offset a previous chunker said to go on from. */
  Chunker(Reader in, int size, int overlap, long offset) throws IOException {
    if (size <= 0 || overlap < 0 || overlap >= size) {
      throw new IllegalArgumentException("Need 0 <= overlap < size");
    }
    this.in = in;
    this.size = size;
    this.overlap = overlap;
    long skipped = 0;
    while (skipped < offset) {
      long n = in.skip(offset - skipped);
      if (n <= 0) {
        break;
      }
      skipped += n;
    }
    windowStart = skipped;
  }

  /** The next passage, or empty at the end of the text. */
  Optional<Chunk> next() throws IOException {
    fill();
    if (window.toString().isBlank()) {
      return Optional.empty();
    }
    int end = window.length() < size || ended && window.length() <= size ? window.length() : cut();
    String text = window.substring(0, end).strip();
    long start = windowStart;
    int advance = end < window.length() ? overlapStart(end) : end;
    window.delete(0, advance);
    windowStart += advance;
    boolean last = window.toString().isBlank() && ended;
    return Optional.of(new Chunk(text, start, windowStart, last));
  }

  private void fill() throws IOException {
    while (!ended && window.length() < size + 1) {
      int n = in.read(buffer);
      if (n < 0) {
        ended = true;
      } else {
        window.append(buffer, 0, n);
      }
    }
  }

  /** Where the next passage starts: {@code overlap} before this one's end, at a word's start. */
  private int overlapStart(int end) {
    for (int i = Math.max(end - overlap, 1); i < end; i++) {
      if (Character.isWhitespace(window.charAt(i - 1))
          && !Character.isWhitespace(window.charAt(i))) {
        return i;
      }
    }
    return Math.max(end - overlap, 1);
  }

  /** The last whitespace in the passage's second half, else exactly {@code size}. */
  private int cut() {
    for (int i = Math.min(size, window.length()) - 1; i > size / 2; i--) {
      if (Character.isWhitespace(window.charAt(i))) {
        return i;
      }
    }
    return Math.min(size, window.length());
  }

  /**
   * A passage's text, where it started in the document, and the offset the next one starts from (a
   * checkpoint to resume at).
   */
  record Chunk(String text, long start, long resumeAt, boolean last) {}
}
