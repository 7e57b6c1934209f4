package org.haven.support.ingestion;

/** A document of a type Haven cannot read (it reads Markdown, plain text and PDF). */
public class UnsupportedDocument extends RuntimeException {

  public UnsupportedDocument(String mediaType) {
    super(
        "Documents must be text/markdown, text/plain or application/pdf, not " + mediaType,
        null,
        false,
        false);
  }
}
