package org.haven.crisis.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * How much of a text MiniLM reads: its tokenizer keeps the first 128 tokens and drops the rest, so
 * a vector for a long entry says nothing about its end. Tokenised with MiniLM's own tokenizer file
 * and settings, so the answer is the model's, not an estimate from a character count. One per
 * embedder, for the life of the application; the tokenizer is safe to share between threads.
 */
final class WholeTextView {

  /** MiniLM's 128 tokens less the two markers its tokenizer adds around every text. */
  private static final int TOKENS_FOR_TEXT = 126;

  private final HuggingFaceTokenizer tokenizer;

  WholeTextView() {
    try (InputStream in = MiniLm.resource(MiniLm.TOKENIZER)) {
      this.tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of leading characters of {@code text} that its embedding depends on. */
  int charsSeen(String text) {
    if (text.length() <= TOKENS_FOR_TEXT) {
      // Every token covers at least one character, so a text this short always fits.
      return text.length();
    }
    Encoding encoding = tokenizer.encode(text);
    if (!encoding.exceedMaxLength()) {
      return text.length();
    }
    int end = 0;
    for (CharSpan span : encoding.getCharTokenSpans()) {
      if (span != null) {
        end = Math.max(end, span.getEnd());
      }
    }
    return end;
  }
}
